<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="59"/>
        <source>Über {product}</source>
        <translation>About {product}</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="64"/>
        <source>&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Workshops und Strategiepapier für die Digitalisierungsstrategie „Landkreis 4.0“.&lt;/p&gt;&lt;p&gt;© {publisher}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Workshops and strategy paper for the digitalisation strategy “Landkreis 4.0”.&lt;/p&gt;&lt;p&gt;© {publisher}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="76"/>
        <source>Enthaltene Bibliotheken und ihre Lizenzen:</source>
        <translation>Bundled libraries and their licences:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="79"/>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="81"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/about.py" line="83"/>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActionFieldModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="45"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="46"/>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="47"/>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="65"/>
        <source>Handlungsfeld archivieren</source>
        <translation>Archive action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="67"/>
        <source>Handlungsfeld reaktivieren</source>
        <translation>Reactivate action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="70"/>
        <source>Handlungsfeld umbenennen</source>
        <translation>Rename action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="113"/>
        <source>Handlungsfelder umsortieren</source>
        <translation>Reorder action fields</translation>
    </message>
</context>
<context>
    <name>ActionFieldsSection</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="122"/>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="135"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="136"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="137"/>
        <source>Nach &amp;unten</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="138"/>
        <source>&amp;Farbe…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="139"/>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="191"/>
        <source>&amp;Archivieren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="146"/>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="147"/>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="191"/>
        <source>&amp;Reaktivieren</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="198"/>
        <source>Neues Handlungsfeld</source>
        <translation>New action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="200"/>
        <source>Handlungsfeld hinzufügen</source>
        <translation>Add action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="235"/>
        <source>Farbe des Handlungsfelds</source>
        <translation>Colour of the action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="243"/>
        <source>Farbe ändern</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="254"/>
        <source>Handlungsfeld archivieren</source>
        <translation>Archive action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/action_fields.py" line="256"/>
        <source>Handlungsfeld reaktivieren</source>
        <translation>Reactivate action field</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/background.py" line="57"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="26"/>
        <source>Bearbeiten (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="27"/>
        <source>Zum Projektvorschlag machen</source>
        <translation>Make a project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="28"/>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="31"/>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="35"/>
        <source>In Handlungsfeld verschieben</source>
        <translation>Move to action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="42"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="43"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="45"/>
        <source>Einfügen</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="46"/>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/menu.py" line="47"/>
        <source>Board als Bild exportieren…</source>
        <translation>Export board as image…</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="110"/>
        <source>Ideenboards</source>
        <translation>Idea boards</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="53"/>
        <source>Neue Karte</source>
        <translation>New card</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="251"/>
        <source>Karte erfassen</source>
        <translation>Capture card</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="97"/>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="98"/>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="99"/>
        <source>&amp;Projektvorschläge</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="206"/>
        <source>Neue Karte: Text eingeben und Enter (Strg+K); mehrere Zeilen einfügen</source>
        <translation>New card: type and press Enter (Ctrl+K); paste several lines</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="208"/>
        <source>Zum Erfassen links ein Handlungsfeld wählen</source>
        <translation>Choose an action field on the left to capture cards</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="272"/>
        <source>Karten einfügen</source>
        <translation>Paste cards</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="285"/>
        <source>{count} gelöscht</source>
        <translation>{count} deleted</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="296"/>
        <source>Kartenfarbe ändern</source>
        <translation>Change card colour</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="304"/>
        <source>{count} Karten nach „{field}“ verschieben</source>
        <translation>Move {count} cards to “{field}”</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="362"/>
        <source>Präsentation – Esc beendet</source>
        <translation>Presentation – Esc ends</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="381"/>
        <source>Ideenboard {name}</source>
        <translation>Idea board {name}</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="379"/>
        <source>Board als Bild speichern</source>
        <translation>Save board as image</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="392"/>
        <source>Bild nicht gespeichert</source>
        <translation>Image not saved</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/page.py" line="393"/>
        <source>Das Bild konnte nicht gespeichert werden:
{error}</source>
        <translation>The image could not be saved:
{error}</translation>
    </message>
</context>
<context>
    <name>BoardTools</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="45"/>
        <source>Anordnen</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="52"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="53"/>
        <source>Einfügen</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="62"/>
        <source>Karte erfassen</source>
        <translation>Capture card</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="63"/>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="64"/>
        <source>Aufräumen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="65"/>
        <source>Links ausrichten</source>
        <translation>Align left</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="66"/>
        <source>Oben ausrichten</source>
        <translation>Align top</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="67"/>
        <source>Nach Punkten sortieren</source>
        <translation>Sort by dots</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="68"/>
        <source>Zum Projektvorschlag</source>
        <translation>To proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="69"/>
        <source>Punktabfrage</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="70"/>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="71"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="72"/>
        <source>Präsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/tools.py" line="73"/>
        <source>Bild…</source>
        <translation>Image…</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="36"/>
        <source>{count} verschoben</source>
        <translation>{count} moved</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="61"/>
        <source>Karte bearbeiten</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="78"/>
        <source>Cluster umbenennen</source>
        <translation>Rename cluster</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="95"/>
        <source>Cluster {number}</source>
        <translation>Cluster {number}</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="97"/>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="110"/>
        <source>Aufräumen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="115"/>
        <source>Ausrichten</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/canvas_edits.py" line="121"/>
        <source>Nach Punkten sortieren</source>
        <translation>Sort by dots</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="37"/>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="38"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="39"/>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="40"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="41"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="42"/>
        <source>Autorengruppe</source>
        <translation>Author group</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="43"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="44"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="161"/>
        <source>Karte „{card}“ ändern</source>
        <translation>Change card “{card}”</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/card_list.py" line="176"/>
        <source>Karten als Liste</source>
        <translation>Cards as a list</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="46"/>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="47"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="48"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="49"/>
        <source>Skala von</source>
        <translation>Scale from</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="50"/>
        <source>Skala bis</source>
        <translation>Scale to</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="53"/>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="56"/>
        <source>Nutzen (höher ist besser)</source>
        <translation>Benefit (higher is better)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="57"/>
        <source>Kosten (niedriger ist besser)</source>
        <translation>Cost (lower is better)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="62"/>
        <source>Portfolio-Achse</source>
        <translation>Portfolio axis</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="65"/>
        <source>Nutzen</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="66"/>
        <source>Aufwand</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="67"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>CriteriaSection</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="87"/>
        <source>Kriterien und Gewichtung</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="98"/>
        <source>Kriterium &amp;hinzufügen</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="99"/>
        <source>Kriterium &amp;löschen</source>
        <translation>&amp;Delete criterion</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="130"/>
        <source>Neues Kriterium</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="132"/>
        <source>Kriterium hinzufügen</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/criteria.py" line="145"/>
        <source>Kriterium löschen</source>
        <translation>Delete criterion</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="132"/>
        <source>Die Datei „{name}“ wurde nicht gefunden.</source>
        <translation>The file “{name}” was not found.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="138"/>
        <source>„{name}“ ist kein LK40-Projekt. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” is not an LK40 project. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="144"/>
        <source>Das Projekt „{name}“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert; bitte verwenden Sie eine Sicherungskopie.</source>
        <translation>The project “{name}” is damaged and cannot be opened. The file was not changed; please use a backup copy.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="101"/>
        <source>„{name}“ wurde mit einer neueren Version von LK40 Workshop-Studio ({version}) gespeichert. Bitte aktualisieren Sie das Programm. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” was saved by a newer version of LK40 Workshop-Studio ({version}). Please update the program. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="96"/>
        <source>„{name}“ wird gerade von {user} auf dem Rechner {host} bearbeitet (seit {since}).</source>
        <translation>“{name}” is being edited by {user} on the computer {host} (since {since}).</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="108"/>
        <source>„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so nicht lesbar; eine Sicherung davon wurde nicht gefunden.</source>
        <translation>“{name}” was only partly converted by an older version and cannot be read like this; no backup of it was found.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="113"/>
        <source>„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so nicht lesbar. Die Sicherung „{backup}“ kann es ersetzen.</source>
        <translation>“{name}” was only partly converted by an older version and cannot be read like this. The backup “{backup}” can replace it.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="152"/>
        <source>„{name}“ ist kein vollständiges LK40-Projekt mehr ({detail}); vermutlich wurde es mit einem anderen Programm verändert. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” is no longer a complete LK40 project ({detail}); another program probably changed it. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="160"/>
        <source>„{name}“ ist schreibgeschützt; die Änderung wurde nicht gespeichert.</source>
        <translation>“{name}” is read-only; the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="167"/>
        <source>Auf dem Datenträger von „{name}“ ist kein Platz mehr. Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher. Bitte Platz schaffen.</source>
        <translation>The drive of “{name}” is full. The last change was not saved; everything before it is safe. Please free some space.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="175"/>
        <source>„{name}“ ist gerade von einem anderen Programm gesperrt. Die letzte Änderung wurde nicht gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>“{name}” is locked by another program right now. The last change was not saved; please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="183"/>
        <source>„{name}“ konnte nicht geschrieben werden ({detail}). Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher.</source>
        <translation>“{name}” could not be written ({detail}). The last change was not saved; everything before it is safe.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="191"/>
        <source>Die Sperrdatei „{name}“ ist unbrauchbar ({detail}) und wurde nicht angerührt. Bitte prüfen Sie den Ordner oder öffnen Sie das Projekt schreibgeschützt.</source>
        <translation>The lock file “{name}” is unusable ({detail}) and was left alone. Please check the folder or open the project read-only.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="199"/>
        <source>„{name}“ ist gerade geöffnet und wird nicht überschrieben. Bitte einen anderen Namen wählen.</source>
        <translation>“{name}” is open right now and will not be overwritten. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="207"/>
        <source>„{name}“ gibt es bereits; es wird nicht überschrieben.</source>
        <translation>“{name}” already exists; it will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/i18n.py" line="121"/>
        <source>„{name}“ konnte nicht verarbeitet werden: {detail}</source>
        <translation>“{name}” could not be processed: {detail}</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/entity_model.py" line="229"/>
        <source>„{column}“ ändern</source>
        <translation>Change “{column}”</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="49"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="68"/>
        <source>&amp;Strategiepapier (Word)</source>
        <translation>&amp;Strategy paper (Word)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="69"/>
        <source>&amp;Arbeitsmappe (Excel)</source>
        <translation>&amp;Workbook (Excel)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="75"/>
        <source>Standardvorlage</source>
        <translation>Default template</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="77"/>
        <source>Sprache des Projekts</source>
        <translation>Language of the project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="78"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="79"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="80"/>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="84"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="88"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="91"/>
        <source>&amp;Vorlage:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="92"/>
        <source>Word-Vorlage (*.docx)</source>
        <translation>Word template (*.docx)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="94"/>
        <source>S&amp;prache:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="108"/>
        <source>Kapitel</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="110"/>
        <location filename="../../lk40_desktop/ui/export/page.py" line="123"/>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="51"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="120"/>
        <source>Management-Zusammenfassung</source>
        <translation>Management summary</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="121"/>
        <source>Ausgangslage und Vorgehen</source>
        <translation>Starting point and method</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="122"/>
        <source>Stakeholder-Analyse</source>
        <translation>Stakeholder analysis</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="124"/>
        <source>Priorisierung</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="125"/>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="126"/>
        <source>Anhang: alle Ideen</source>
        <translation>Appendix: all ideas</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="127"/>
        <source>Anhang: Ideenboards als Bilder</source>
        <translation>Appendix: idea boards as pictures</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="134"/>
        <source>Inhaltsverzeichnis</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="136"/>
        <source>Dateien speichern</source>
        <translation>Saving the files</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="140"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="150"/>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="206"/>
        <source>Bitte Word und/oder Excel wählen und einen Dateinamen angeben.</source>
        <translation>Please choose Word and/or Excel and give a file name.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="210"/>
        <source>Die Vorlage wurde nicht gefunden.</source>
        <translation>The template was not found.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="133"/>
        <source>Arbeitsmappe</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="238"/>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="248"/>
        <source>Geschrieben: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="252"/>
        <source>Export abgeschlossen</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="256"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="258"/>
        <source>Im Ordner anzeigen</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="271"/>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation>Export cancelled – no file was written.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="275"/>
        <source>Der Export ist fehlgeschlagen: {reason}. Vorhandene Dateien blieben unverändert.</source>
        <translation>The export failed: {reason}. Existing files were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/export/page.py" line="278"/>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/field_list.py" line="27"/>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/field_list.py" line="40"/>
        <source>Alle Handlungsfelder ({count})</source>
        <translation>All action fields ({count})</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/field_list.py" line="50"/>
        <source>{count} Karten</source>
        <translation>{count} cards</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/filter_bar.py" line="23"/>
        <source>Suchen (Name, Organisation, Kontakt, Notizen) …</source>
        <translation>Search (name, organisation, contact, notes) …</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/filter_bar.py" line="43"/>
        <source>Alle Gruppen</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/filter_bar.py" line="44"/>
        <source>Alle Haltungen</source>
        <translation>All attitudes</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="35"/>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="47"/>
        <source>ab </source>
        <translation>from </translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="48"/>
        <source> Punkten</source>
        <translation> dots</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="85"/>
        <source>Alle Schlagworte</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="86"/>
        <location filename="../../lk40_desktop/ui/stakeholders/filter_bar.py" line="45"/>
        <source>Alle Workshops</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/filter_bar.py" line="89"/>
        <source>Alle Autorengruppen</source>
        <translation>All author groups</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/image_dialog.py" line="23"/>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/image_dialog.py" line="24"/>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG graphic (*.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="203"/>
        <source>Stakeholder</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="204"/>
        <source>Ideenboards</source>
        <translation>Idea boards</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="205"/>
        <source>Bewertung</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="206"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="154"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="157"/>
        <source>Projekt geöffnet</source>
        <translation>Project opened</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="202"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="238"/>
        <source>Schreibgeschützt</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="240"/>
        <source>Jede Änderung wird sofort gespeichert</source>
        <translation>Every change is saved at once</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="251"/>
        <source> [schreibgeschützt]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="268"/>
        <source>LK40-Projekte (*.lk40)</source>
        <translation>LK40 projects (*.lk40)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="276"/>
        <source>Das Projekt ist bereits geöffnet.</source>
        <translation>The project is already open.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="290"/>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="329"/>
        <source>Alle Änderungen sind bereits gespeichert.</source>
        <translation>All changes are saved already.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="335"/>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="335"/>
        <source>Kopie speichern</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/main_window.py" line="356"/>
        <source>Kopie gespeichert: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="41"/>
        <source>Beziehung &amp;zeichnen</source>
        <translation>&amp;Draw relation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="43"/>
        <source>Von einem Stakeholder zu einem anderen ziehen</source>
        <translation>Drag from one stakeholder to another</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="46"/>
        <source>Art neuer Beziehungen</source>
        <translation>Kind of new relations</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="49"/>
        <source>Beziehung &amp;hinzufügen…</source>
        <translation>&amp;Add relation…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="52"/>
        <source>Beziehungs&amp;arten bearbeiten…</source>
        <translation>Edit relation &amp;kinds…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="55"/>
        <source>Beziehungen</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="71"/>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="71"/>
        <source>Ganze Karte zeigen</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="72"/>
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="73"/>
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="76"/>
        <source>Größere Schrift (Beamer)</source>
        <translation>Larger text (projector)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="82"/>
        <source>Kleinere Schrift</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="87"/>
        <source>Bild…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_tools.py" line="88"/>
        <source>Karte als Bild speichern (PNG oder SVG)</source>
        <translation>Save the map as an image (PNG or SVG)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_view.py" line="54"/>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_view.py" line="56"/>
        <source>Karte als Bild speichern…</source>
        <translation>Save map as image…</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="114"/>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="116"/>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="122"/>
        <source>Nutzwert</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="122"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="122"/>
        <source>fehlend</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="128"/>
        <source>Kosten: niedriger ist besser</source>
        <translation>Cost: lower is better</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="130"/>
        <source>Nutzen: höher ist besser</source>
        <translation>Benefit: higher is better</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="132"/>
        <source>Skala {low}–{high}; {direction}</source>
        <translation>Scale {low}–{high}; {direction}</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="199"/>
        <source>Noch keine Bewertung</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/matrix.py" line="200"/>
        <source>{count} Bewertung(en) von {raters}; Spanne {spread}</source>
        <translation>{count} score(s) of {raters}; spread {spread}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="39"/>
        <source>Neues Projekt (Vorlage Landkreis 4.0)</source>
        <translation>New project (Landkreis 4.0 template)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="41"/>
        <source>Leeres Projekt</source>
        <translation>Blank project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="47"/>
        <source>z. B. Landkreis Musterland</source>
        <translation>e.g. Landkreis Musterland</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="59"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="71"/>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="104"/>
        <source>Projekt anlegen</source>
        <translation>Create project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="80"/>
        <source>Das Projekt enthält die neun Handlungsfelder und die Bewertungskriterien der Vorlage Landkreis 4.0.</source>
        <translation>The project contains the nine action fields and the scoring criteria of the Landkreis 4.0 template.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="85"/>
        <source>&amp;Landkreis:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="86"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="87"/>
        <source>&amp;Auftraggeber:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="88"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="89"/>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="90"/>
        <source>Be&amp;schreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="91"/>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="106"/>
        <source>LK40-Projekte (*.lk40)</source>
        <translation>LK40 projects (*.lk40)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="133"/>
        <source>Bitte geben Sie den Landkreis an.</source>
        <translation>Please enter the county.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="137"/>
        <source>Bitte wählen Sie, wo die Projektdatei gespeichert wird.</source>
        <translation>Please choose where the project file is saved.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="142"/>
        <source>Diese Datei gibt es bereits. Bitte wählen Sie einen anderen Namen.</source>
        <translation>This file already exists. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="146"/>
        <source>Den Ordner gibt es nicht.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/new_project.py" line="149"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end lies before the start.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/page.py" line="22"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="43"/>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="44"/>
        <source>Punkte (Punktabfrage)</source>
        <translation>Votes (dot voting)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="46"/>
        <source>Als Bild exportieren…</source>
        <translation>Export as image…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="49"/>
        <source>Blasengröße nach:</source>
        <translation>Bubble size by:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="90"/>
        <source>Portfolio exportieren</source>
        <translation>Export portfolio</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="92"/>
        <source>PNG-Bild (*.png);;SVG-Grafik (*.svg)</source>
        <translation>PNG image (*.png);;SVG graphic (*.svg)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/portfolio_tab.py" line="111"/>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="34"/>
        <source>Projektdaten</source>
        <translation>Project data</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="45"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="46"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="52"/>
        <source>&amp;Landkreis:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="53"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="54"/>
        <source>&amp;Auftraggeber:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="55"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="56"/>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="57"/>
        <source>&amp;Sprache der Exporte:</source>
        <translation>&amp;Language of exports:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="58"/>
        <source>Be&amp;schreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="61"/>
        <source>Landkreis</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="62"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="63"/>
        <source>Auftraggeber</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="64"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="65"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="66"/>
        <source>Sprache der Exporte</source>
        <translation>Language of exports</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="67"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/project_form.py" line="141"/>
        <source>„{field}“ ändern</source>
        <translation>Change “{field}”</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="72"/>
        <source>Sie können das Projekt schreibgeschützt ansehen oder es übernehmen.</source>
        <translation>You can view the project read-only or take it over.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="73"/>
        <source>Schreibgeschützt öffnen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="74"/>
        <source>Übernehmen …</source>
        <translation>Take over …</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="87"/>
        <source>Übernehmen Sie das Projekt nur, wenn {user} es wirklich nicht mehr geöffnet hat (etwa nach einem Absturz auf dem Rechner {host}, gesperrt seit {since}). Hat {user} es noch offen, kann dort nichts mehr gespeichert werden.

Projekt jetzt übernehmen?</source>
        <translation>Take the project over only if {user} really no longer has it open (for example after a crash on the computer {host}, locked since {since}). If {user} still has it open, nothing more can be saved there.

Take the project over now?</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="106"/>
        <source>Sicherung wiederherstellen? Die unvollständige Datei wird daneben aufbewahrt.</source>
        <translation>Restore the backup? The incomplete file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="123"/>
        <source>Eine reparierte Kopie mit allem, was sich noch lesen lässt, anlegen und öffnen? Die beschädigte Datei bleibt unverändert.</source>
        <translation>Create and open a repaired copy with everything that can still be read? The damaged file stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="139"/>
        <source>Die reparierte Kopie „{name}“ ist geöffnet. Bitte prüfen Sie, ob etwas fehlt.</source>
        <translation>The repaired copy “{name}” is open. Please check whether anything is missing.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="152"/>
        <source>Neben „{name}“ lag ein Journal eines früheren Absturzes, das nicht zu dieser Datei gehört (vermutlich wurde eine Sicherung zurückkopiert). Es wurde nicht angewendet, sondern als „{journal}“ beiseitegelegt; die Datei ist so geöffnet, wie sie ist.</source>
        <translation>Beside “{name}” lay a journal of an earlier crash that does not belong to this file (probably a backup was copied back). It was not applied but set aside as “{journal}”; the file is open as it is.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="169"/>
        <source>auf einem Netzlaufwerk</source>
        <translation>on a network drive</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="171"/>
        <source>in einem synchronisierten Ordner</source>
        <translation>in a synchronised folder</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="175"/>
        <source>„{name}“ liegt {where}. Das funktioniert, aber reißt die Verbindung ab oder bearbeitet ein anderer Rechner dieselbe Datei, können die letzten Änderungen verloren gehen. Für einen Workshop ohne Netz besser mit einer lokalen Kopie arbeiten und sie danach zurückkopieren.</source>
        <translation>“{name}” lies {where}. That works, but if the connection drops or another computer edits the same file, the last changes can be lost. For a workshop without a network, better work on a local copy and copy it back afterwards.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="180"/>
        <source>Hier weiterarbeiten</source>
        <translation>Keep working here</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/opening.py" line="181"/>
        <source>Lokale Kopie verwenden</source>
        <translation>Use a local copy</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="89"/>
        <source>z. B. 250.000 (leer: noch offen)</source>
        <translation>e.g. 250,000 (empty: not known yet)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="92"/>
        <source>kurzfristig (bis 1 Jahr)</source>
        <translation>short term (up to 1 year)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="93"/>
        <source>mittelfristig (1–3 Jahre)</source>
        <translation>medium term (1–3 years)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="94"/>
        <source>langfristig (über 3 Jahre)</source>
        <translation>long term (over 3 years)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="98"/>
        <source>Quick Win (schnell und sichtbar umsetzbar)</source>
        <translation>Quick win (fast and visible)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="107"/>
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="111"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="112"/>
        <source>&amp;Ziel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="113"/>
        <source>Ziel&amp;gruppen</source>
        <translation>Target g&amp;roups</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="114"/>
        <source>&amp;Maßnahmen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="116"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="119"/>
        <source>&amp;Förderprogramme</source>
        <translation>&amp;Funding programmes</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="120"/>
        <source>&amp;Kennzahlen (KPI)</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="115"/>
        <source>&amp;Federführung</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="117"/>
        <source>K&amp;osten (€)</source>
        <translation>C&amp;ost (€)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="118"/>
        <source>Zeit&amp;horizont</source>
        <translation>Time &amp;horizon</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="122"/>
        <source>&amp;Abhängig von</source>
        <translation>&amp;Depends on</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="126"/>
        <source>Quellkarten</source>
        <translation>Source cards</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="71"/>
        <source>Wählen Sie links einen Projektvorschlag.</source>
        <translation>Choose a project proposal on the left.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="243"/>
        <source>Steckbrief ändern</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="264"/>
        <source>Bitte einen Betrag in Euro eingeben, z. B. 250.000</source>
        <translation>Please enter an amount in euros, e.g. 250,000</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="273"/>
        <source>Abhängigkeit ändern</source>
        <translation>Change dependency</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_editor.py" line="283"/>
        <source>Quellkarte lösen</source>
        <translation>Unlink source card</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="18"/>
        <source>kurzfristig</source>
        <translation>short term</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="18"/>
        <source>mittelfristig</source>
        <translation>medium term</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="18"/>
        <source>langfristig</source>
        <translation>long term</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="23"/>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="24"/>
        <source>Zeithorizont</source>
        <translation>Time horizon</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposal_list.py" line="25"/>
        <source>Quick Win</source>
        <translation>Quick win</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="32"/>
        <source>&amp;Neuer Vorschlag</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="33"/>
        <source>Vorschlag &amp;löschen</source>
        <translation>&amp;Delete proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="99"/>
        <source>Zum Projektvorschlag machen</source>
        <translation>Make a project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="112"/>
        <source>Neuer Projektvorschlag</source>
        <translation>New project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="116"/>
        <source>Projektvorschlag anlegen</source>
        <translation>Add project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/proposals.py" line="132"/>
        <source>Projektvorschlag löschen</source>
        <translation>Delete project proposal</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/read_only_banner.py" line="23"/>
        <source>Kopie speichern und bearbeiten…</source>
        <translation>Save a copy and edit…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/read_only_banner.py" line="38"/>
        <source>Schreibgeschützt: Die Datei liegt auf einem schreibgeschützten Datenträger oder ist als schreibgeschützt markiert. Änderungen sind nicht möglich.</source>
        <translation>Read-only: the file is on write-protected media or marked read-only. Changes are not possible.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/widgets/read_only_banner.py" line="43"/>
        <source>Schreibgeschützt geöffnet: Das Projekt wird an anderer Stelle bearbeitet. Änderungen sind hier nicht möglich.</source>
        <translation>Opened read-only: the project is being edited elsewhere. Changes are not possible here.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="19"/>
        <source>Ein leerer Text ist nicht möglich – der bisherige bleibt.</source>
        <translation>An empty text is not possible – the previous one stays.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="22"/>
        <source>{voter} hat keine Punkte mehr.</source>
        <translation>{voter} has no dots left.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="25"/>
        <source>Auf dieser Karte ist kein Punkt zum Zurücknehmen.</source>
        <translation>This card has no dot to take back.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="28"/>
        <source>Gewichte dürfen nicht negativ sein.</source>
        <translation>Weights must not be negative.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="31"/>
        <source>Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium.</source>
        <translation>The weights must not add up to zero – otherwise no criterion counts.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="34"/>
        <source>Das Skalenende muss über dem Skalenanfang liegen.</source>
        <translation>The end of the scale must lie above its start.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="37"/>
        <source>Die Bewertung liegt außerhalb der Skala des Kriteriums ({detail}).</source>
        <translation>The score lies outside the criterion&apos;s scale ({detail}).</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="40"/>
        <source>Bitte einen Betrag in Euro eingeben, z. B. 250.000</source>
        <translation>Please enter an amount in euros, e.g. 250,000</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="43"/>
        <source>Ein Cluster fasst nur Karten eines Handlungsfelds zusammen.</source>
        <translation>A cluster only gathers cards of one action field.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/refusals.py" line="46"/>
        <source>Eine Beziehung verbindet zwei verschiedene Stakeholder.</source>
        <translation>A relation connects two different stakeholders.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="25"/>
        <source>Beziehung hinzufügen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="45"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="46"/>
        <source>&amp;Zu:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="47"/>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="48"/>
        <source>&amp;Beschriftung:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/relation.py" line="55"/>
        <source>Bitte zwei verschiedene Stakeholder wählen.</source>
        <translation>Please choose two different stakeholders.</translation>
    </message>
</context>
<context>
    <name>ScoringEditor</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="95"/>
        <source>Mittelwert</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="96"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="97"/>
        <source>Bewertende…</source>
        <translation>Raters…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="104"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>Action &amp;field:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="105"/>
        <source>&amp;Bewertung von:</source>
        <translation>&amp;Scores of:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="106"/>
        <source>&amp;Zusammenfassung:</source>
        <translation>&amp;Combine by:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="79"/>
        <source>Bewertungsmatrix</source>
        <translation>Scoring matrix</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="80"/>
        <source>Kriterien</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="81"/>
        <source>Aufwand-Nutzen-Portfolio</source>
        <translation>Effort/benefit portfolio</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="82"/>
        <source>Sensitivität</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="137"/>
        <source>Alle Handlungsfelder</source>
        <translation>All action fields</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="138"/>
        <source>Alle Bewertenden (zusammengefasst)</source>
        <translation>All raters (combined)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="180"/>
        <source>Noch keine Kriterien mit Gewicht – bitte unter „Kriterien“ anlegen.</source>
        <translation>No weighted criteria yet – please add them under “Criteria”.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="198"/>
        <source>{proposals} Vorschläge · {missing} von {cells} Feldern ohne Bewertung · Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen</source>
        <translation>{proposals} proposals · {missing} of {cells} cells without a score · type a number, Enter: down, Tab: right, Del: clear</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="209"/>
        <source>(Zum Eintragen oben eine bewertende Person oder Gruppe wählen.)</source>
        <translation>(To enter scores, choose a rater above.)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="235"/>
        <source>Bewertung eintragen</source>
        <translation>Enter score</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="235"/>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="248"/>
        <source>Bewertung löschen</source>
        <translation>Clear score</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="256"/>
        <source>Zusammenfassung ändern</source>
        <translation>Change how scores combine</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="272"/>
        <source>Bewertende</source>
        <translation>Raters</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="273"/>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/editor.py" line="263"/>
        <source>Gewichte übernehmen</source>
        <translation>Apply weights</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/page.py" line="25"/>
        <source>Bewertung</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity.py" line="67"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity.py" line="67"/>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity.py" line="98"/>
        <source>Der Rang bleibt gleich, solange dieses Kriterium zwischen {low} und {high} des Gesamtgewichts ausmacht.</source>
        <translation>The rank stays the same while this criterion makes up between {low} and {high} of the total weight.</translation>
    </message>
</context>
<context>
    <name>SensitivityTab</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity_tab.py" line="52"/>
        <source>Diese Gewichte &amp;übernehmen</source>
        <translation>&amp;Apply these weights</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity_tab.py" line="53"/>
        <source>&amp;Zurücksetzen</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity_tab.py" line="66"/>
        <source>Anteil eines Kriteriums am Gesamtgewicht, in dem der Rang eines Vorschlags gleich bleibt (rot: schon kleine Änderungen verschieben ihn).</source>
        <translation>Share of a criterion in the total weight within which a proposal keeps its rank (red: small changes already move it).</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/sensitivity_tab.py" line="86"/>
        <source>&lt;b&gt;Was wäre, wenn?&lt;/b&gt; Gewichte verschieben – die Rangfolge folgt sofort, gespeichert wird nichts.</source>
        <translation>&lt;b&gt;What if?&lt;/b&gt; Move the weights – the ranking follows at once; nothing is saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/settings.py" line="15"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/settings.py" line="21"/>
        <source>Die Sprache wird beim nächsten Start übernommen.</source>
        <translation>The language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/settings.py" line="29"/>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
</context>
<context>
    <name>StakeholderDelegate</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="294"/>
        <source>Ein Stakeholder braucht einen Namen.</source>
        <translation>A stakeholder needs a name.</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="90"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="91"/>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="92"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="93"/>
        <source>Haltung</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="94"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="95"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="96"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="97"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="103"/>
        <source>Unterstützer</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="104"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="105"/>
        <source>Kritiker</source>
        <translation>Critic</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="195"/>
        <source>Diesen Namen tragen mehrere Stakeholder.</source>
        <translation>Several stakeholders have this name.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table.py" line="212"/>
        <source>Stakeholder „{name}“ ändern</source>
        <translation>Change stakeholder “{name}”</translation>
    </message>
</context>
<context>
    <name>StakeholderPage</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="63"/>
        <source>Zufriedenstellen</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="64"/>
        <source>Eng einbinden</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="65"/>
        <source>Beobachten</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="66"/>
        <source>Informieren</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="68"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="68"/>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="84"/>
        <source>Stakeholder</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="375"/>
        <source>Stakeholder-Karte als Bild speichern</source>
        <translation>Save stakeholder map as image</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="377"/>
        <source>Stakeholder-Karte</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="220"/>
        <source>Neuer Stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="222"/>
        <source>Stakeholder hinzufügen</source>
        <translation>Add stakeholder</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="235"/>
        <source>{name} (Kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="237"/>
        <source>Stakeholder duplizieren</source>
        <translation>Duplicate stakeholders</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="255"/>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="265"/>
        <source>Stakeholder löschen</source>
        <translation>Delete stakeholders</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="257"/>
        <source>{count} Stakeholder mit ihren Beziehungen löschen? Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete {count} stakeholder(s) with their relations? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="281"/>
        <source>Workshops zuordnen</source>
        <translation>Assign workshops</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="292"/>
        <source>Stakeholder auf der Karte verschieben</source>
        <translation>Move stakeholders on the map</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="309"/>
        <source>Beziehung hinzufügen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="334"/>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="338"/>
        <source>Beziehung beschriften</source>
        <translation>Label relation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="334"/>
        <source>Beschriftung:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="349"/>
        <source>Beziehung löschen</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="357"/>
        <source>Stakeholder-Gruppen</source>
        <translation>Stakeholder groups</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="357"/>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="361"/>
        <source>Beziehungsarten</source>
        <translation>Relation kinds</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="361"/>
        <source>Neue Beziehungsart</source>
        <translation>New relation kind</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="398"/>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/page.py" line="399"/>
        <source>Die Karte konnte nicht gespeichert werden: {reason}</source>
        <translation>The map could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>StakeholderScene</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/map_scene.py" line="245"/>
        <source>Einfluss {influence} · Interesse {interest}</source>
        <translation>Influence {influence} · Interest {interest}</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table_panel.py" line="52"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table_panel.py" line="53"/>
        <source>D&amp;uplizieren</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table_panel.py" line="54"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table_panel.py" line="55"/>
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshops…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/stakeholders/table_panel.py" line="56"/>
        <source>&amp;Gruppen…</source>
        <translation>&amp;Groups…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/user_guide.py" line="24"/>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/vocabulary.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/vocabulary.py" line="43"/>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/vocabulary.py" line="54"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/vocabulary.py" line="55"/>
        <source>&amp;Farbe…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/vocabulary.py" line="56"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="34"/>
        <source>Wer gerade Punkte klebt (leer: ohne Limit zählen)</source>
        <translation>Who is placing dots now (empty: count without a limit)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="37"/>
        <source>Punkte vom Plakat</source>
        <translation>Dots from the wall</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="42"/>
        <source> Punkte je Person</source>
        <translation> dots per person</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="48"/>
        <source>Punkte &amp;von:</source>
        <translation>&amp;Voter:</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="62"/>
        <source>Punkt vergeben</source>
        <translation>Give dot</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="62"/>
        <source>Punkt zurücknehmen</source>
        <translation>Take back dot</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="75"/>
        <source>Punkte je Person ändern</source>
        <translation>Change dots per person</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="101"/>
        <source>Punktabfrage: Klick gibt einen Punkt, Rechtsklick nimmt ihn zurück.</source>
        <translation>Dot voting: a click gives a dot, a right click takes it back.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/board/voting_bar.py" line="106"/>
        <source>{voter}: {used} von {total} Punkten vergeben</source>
        <translation>{voter}: {used} of {total} dots given</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="81"/>
        <source>Workshops und Strategiepapier für die Digitalisierungsstrategie „Landkreis 4.0“</source>
        <translation>Workshops and strategy paper for the digitalisation strategy “Landkreis 4.0”</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="40"/>
        <source>&amp;Neues Projekt (Vorlage Landkreis 4.0)</source>
        <translation>&amp;New project (Landkreis 4.0 template)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="41"/>
        <source>Mit den neun Handlungsfeldern und den Bewertungskriterien beginnen</source>
        <translation>Start with the nine action fields and the scoring criteria</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="44"/>
        <source>&amp;Leeres Projekt</source>
        <translation>&amp;Blank project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="44"/>
        <source>Ohne Handlungsfelder beginnen</source>
        <translation>Start without action fields</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="47"/>
        <source>Projekt ö&amp;ffnen…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="48"/>
        <source>Eine .lk40-Datei vom Rechner, Stick oder Netzlaufwerk</source>
        <translation>A .lk40 file from this computer, a stick or a network drive</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="51"/>
        <source>&amp;Demo-Projekt öffnen</source>
        <translation>Open &amp;demo project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="52"/>
        <source>Der „Musterlandkreis“ mit Beispieldaten zum Ausprobieren</source>
        <translation>The “Musterlandkreis” with sample data to try things out</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="103"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="61"/>
        <source>Noch keine Projekte geöffnet.</source>
        <translation>No projects opened yet.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/welcome/page.py" line="119"/>
        <source>nicht gefunden: {folder}</source>
        <translation>not found: {folder}</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/what_if.py" line="46"/>
        <source>Rang (was wäre, wenn)</source>
        <translation>Rank (what if)</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/what_if.py" line="47"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/scoring/what_if.py" line="48"/>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="26"/>
        <source>&amp;Neues Projekt (Vorlage Landkreis 4.0)…</source>
        <translation>&amp;New project (Landkreis 4.0 template)…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="31"/>
        <source>&amp;Leeres Projekt…</source>
        <translation>&amp;Blank project…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="33"/>
        <source>Projekt ö&amp;ffnen…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="34"/>
        <source>&amp;Demo-Projekt öffnen</source>
        <translation>Open &amp;demo project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="35"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="37"/>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="40"/>
        <source>&amp;Kopie speichern…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="43"/>
        <source>Stakeholder-&amp;Karte exportieren…</source>
        <translation>Export stakeholder &amp;map…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="46"/>
        <source>Projekt s&amp;chließen</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="48"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="56"/>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="58"/>
        <source>&amp;Protokollordner öffnen</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="59"/>
        <source>Ü&amp;ber LK40 Workshop-Studio</source>
        <translation>&amp;About LK40 Workshop-Studio</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="72"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="74"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="77"/>
        <source>&amp;Verlauf anzeigen</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="80"/>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="99"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="101"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="111"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="118"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="120"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/window_actions.py" line="133"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="31"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="32"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="33"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="34"/>
        <source>Moderation</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="35"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="36"/>
        <source>Teilnehmerliste</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="37"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/workshop_picker.py" line="30"/>
        <source>Workshops von „{name}“</source>
        <translation>Workshops of “{name}”</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/dialogs/workshop_picker.py" line="46"/>
        <source>Teilgenommen an:</source>
        <translation>Took part in:</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="48"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="59"/>
        <source>Workshop &amp;hinzufügen</source>
        <translation>&amp;Add workshop</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="60"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="88"/>
        <source>Neuer Workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="90"/>
        <source>Workshop hinzufügen</source>
        <translation>Add workshop</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="103"/>
        <source>Workshops löschen</source>
        <translation>Delete workshops</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="105"/>
        <source>Ausgewählte Workshops löschen ({count})? Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete the selected workshops ({count})? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <location filename="../../lk40_desktop/ui/overview/workshops.py" line="117"/>
        <source>Workshop löschen</source>
        <translation>Delete workshop</translation>
    </message>
</context>
</TS>
