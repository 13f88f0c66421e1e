<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über {product}</source>
        <translation>About {product}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Workshops und Strategiepapier für die Digitalisierungsstrategie „Landkreis 4.0“.&lt;/p&gt;&lt;p&gt;© {publisher}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Workshops and strategy paper for the digitalisation strategy “Landkreis 4.0”.&lt;/p&gt;&lt;p&gt;© {publisher}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lizenzen</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Enthaltene Bibliotheken und ihre Lizenzen:</source>
        <translation>Bundled libraries and their licences:</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActionFieldModel</name>
    <message>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Handlungsfeld archivieren</source>
        <translation>Archive action field</translation>
    </message>
    <message>
        <source>Handlungsfeld reaktivieren</source>
        <translation>Reactivate action field</translation>
    </message>
    <message>
        <source>Handlungsfeld umbenennen</source>
        <translation>Rename action field</translation>
    </message>
    <message>
        <source>Handlungsfelder umsortieren</source>
        <translation>Reorder action fields</translation>
    </message>
</context>
<context>
    <name>ActionFieldsSection</name>
    <message>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>&amp;Farbe…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <source>Archi&amp;vieren</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Hin&amp;zufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Reakti&amp;vieren</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Neues Handlungsfeld</source>
        <translation>New action field</translation>
    </message>
    <message>
        <source>Handlungsfeld hinzufügen</source>
        <translation>Add action field</translation>
    </message>
    <message>
        <source>Farbe des Handlungsfelds</source>
        <translation>Colour of the action field</translation>
    </message>
    <message>
        <source>Farbe ändern</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Handlungsfeld archivieren</source>
        <translation>Archive action field</translation>
    </message>
    <message>
        <source>Handlungsfeld reaktivieren</source>
        <translation>Reactivate action field</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <source>Ablauf</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Workshop des Ablaufs</source>
        <translation>Workshop of the agenda</translation>
    </message>
    <message>
        <source>z. B. 18:30</source>
        <translation>e.g. 18:30</translation>
    </message>
    <message>
        <source>Beginn des Workshops</source>
        <translation>Start of the workshop</translation>
    </message>
    <message>
        <source>Programmpunkte</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Punkt &amp;hinzufügen</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Punkt ent&amp;fernen</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Anwesenheitsliste oder Ablauf drucken</source>
        <translation>Print the sign-in sheet or the agenda</translation>
    </message>
    <message>
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Den gewählten Punkt jetzt beginnen: Timer und Seite folgen ihm</source>
        <translation>Begin the chosen item now: the timer and the page follow it</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>S&amp;tarts at:</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>{count} Punkte · {hours}:{minutes:02d} h · Ende {end}</source>
        <translation>{count} items · {hours}:{minutes:02d} h · ends {end}</translation>
    </message>
    <message>
        <source>{count} Punkte · {hours}:{minutes:02d} h</source>
        <translation>{count} items · {hours}:{minutes:02d} h</translation>
    </message>
    <message>
        <source>Beginn des Workshops ändern</source>
        <translation>Change the workshop&apos;s start</translation>
    </message>
    <message>
        <source>Neuer Programmpunkt</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Programmpunkt hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Programmpunkt entfernen</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <source>Der letzte Punkt läuft schon.</source>
        <translation>The last item is already running.</translation>
    </message>
    <message>
        <source>Programmpunkt starten</source>
        <translation>Start agenda item</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Programmpunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Board: {field}</source>
        <translation>Board: {field}</translation>
    </message>
    <message>
        <source>Läuft jetzt</source>
        <translation>Running now</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Programmpunkt ändern: {column}</source>
        <translation>Change agenda item: {column}</translation>
    </message>
    <message>
        <source>Programmpunkte umsortieren</source>
        <translation>Reorder agenda items</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>Bearbeiten (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>Zum Projektvorschlag machen</source>
        <translation>Make a project proposal</translation>
    </message>
    <message>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>In Handlungsfeld verschieben</source>
        <translation>Move to action field</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Einfügen</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Board als Bild exportieren…</source>
        <translation>Export board as image…</translation>
    </message>
    <message>
        <source>Gelb</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Blau</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Grün</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Rosa</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Flieder</source>
        <translation>Lilac</translation>
    </message>
    <message>
        <source>Weiß</source>
        <translation>White</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Ideenboards</source>
        <translation>Idea boards</translation>
    </message>
    <message>
        <source>Neue Karte</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Karte erfassen</source>
        <translation>Capture card</translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Fotos gehören zum Board eines Handlungsfelds: links eines wählen.</source>
        <translation>Photos belong to the board of one action field: choose one on the left.</translation>
    </message>
    <message>
        <source>&amp;Projektvorschläge</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Neue Karte: Text eingeben und Enter (Strg+K); mehrere Zeilen einfügen</source>
        <translation>New card: type and press Enter (Ctrl+K); paste several lines</translation>
    </message>
    <message>
        <source>Zum Erfassen links ein Handlungsfeld wählen</source>
        <translation>Choose an action field on the left to capture cards</translation>
    </message>
    <message>
        <source>Karten einfügen</source>
        <translation>Paste cards</translation>
    </message>
    <message>
        <source>Kartenfarbe ändern</source>
        <translation>Change card colour</translation>
    </message>
    <message>
        <source>{count} Karten nach „{field}“ verschieben</source>
        <translation>Move {count} cards to “{field}”</translation>
    </message>
    <message>
        <source>Präsentation – Bild ab/auf: Cluster groß · Pos1: ganzes Board · Esc beendet</source>
        <translation>Presentation – Page Down/Up: cluster large · Home: whole board · Esc ends</translation>
    </message>
    <message>
        <source>B&amp;oard</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>{count} Karte(n) gelöscht</source>
        <translation>{count} card(s) deleted</translation>
    </message>
    <message>
        <source>{count} Cluster und {cards} Karte(n) gelöscht</source>
        <translation>{count} cluster(s) and {cards} card(s) deleted</translation>
    </message>
</context>
<context>
    <name>BoardPicture</name>
    <message>
        <source>Board als Bild speichern</source>
        <translation>Save board as image</translation>
    </message>
    <message>
        <source>Bild nicht gespeichert</source>
        <translation>Image not saved</translation>
    </message>
    <message>
        <source>Das Bild konnte nicht gespeichert werden:
{error}</source>
        <translation>The image could not be saved:
{error}</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>aus {group}</source>
        <translation>from {group}</translation>
    </message>
</context>
<context>
    <name>BoardSheets</name>
    <message>
        <source>Karten zum Ausschneiden – ganzes Board</source>
        <translation>Cards to cut out – whole board</translation>
    </message>
    <message>
        <source>Karten zum Ausschneiden – Cluster „{name}“</source>
        <translation>Cards to cut out – cluster “{name}”</translation>
    </message>
    <message>
        <source>Stimmzettel (Karten zum Ankreuzen)</source>
        <translation>Voting sheet (cards to tick)</translation>
    </message>
    <message>
        <source>Zählbogen (leer, zum Auszählen)</source>
        <translation>Tally sheet (blank, for counting the dots)</translation>
    </message>
</context>
<context>
    <name>BoardTools</name>
    <message>
        <source>Anordnen</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Einfügen</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Karte erfassen</source>
        <translation>Capture card</translation>
    </message>
    <message>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <source>Aufräumen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <source>Links ausrichten</source>
        <translation>Align left</translation>
    </message>
    <message>
        <source>Oben ausrichten</source>
        <translation>Align top</translation>
    </message>
    <message>
        <source>Nach Punkten sortieren</source>
        <translation>Sort by dots</translation>
    </message>
    <message>
        <source>Zum Projektvorschlag</source>
        <translation>To proposal</translation>
    </message>
    <message>
        <source>Punktabfrage</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Präsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Bild…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Ideenboard</source>
        <translation>Idea board</translation>
    </message>
    <message>
        <source>Pfeiltasten: von Karte zu Karte, mit Umschalt mehrere wählen; F2 oder Enter: Karte bearbeiten; Entf: löschen; Strg+G: Cluster bilden; Strg+C und Strg+V: kopieren und einfügen; in der Punktabfrage + und −: Punkt geben und zurücknehmen; Strg+0: einpassen. Die Liste zeigt dieselben Karten als Tabelle.</source>
        <translation>Arrow keys: from card to card, with Shift to select several; F2 or Enter: edit the card; Delete: delete; Ctrl+G: form a cluster; Ctrl+C and Ctrl+V: copy and paste; in dot voting + and −: give and take back a dot; Ctrl+0: fit. The list shows the same cards as a table.</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message>
        <source>Cluster verschoben</source>
        <translation>Cluster moved</translation>
    </message>
    <message>
        <source>{count} Karte(n) verschoben</source>
        <translation>{count} card(s) moved</translation>
    </message>
    <message>
        <source>Karte bearbeiten</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Cluster umbenennen</source>
        <translation>Rename cluster</translation>
    </message>
    <message>
        <source>Cluster {number}</source>
        <translation>Cluster {number}</translation>
    </message>
    <message>
        <source>Cluster bilden</source>
        <translation>Form cluster</translation>
    </message>
    <message>
        <source>Aufräumen</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <source>Ausrichten</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>Nach Punkten sortieren</source>
        <translation>Sort by dots</translation>
    </message>
    <message>
        <source>Karten mit Punkten löschen</source>
        <translation>Delete cards with dots</translation>
    </message>
    <message>
        <source>Auf den Karten liegen {dots} Punkte aus abgeschlossenen Runden. Trotzdem löschen? Die Runden behalten ihre Punkte; Rückgängig (Strg+Z) holt die Karten zurück.</source>
        <translation>The cards hold {dots} dots of closed rounds. Delete them anyway? The rounds keep their dots; Undo (Ctrl+Z) brings the cards back.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>„{title}“</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>Projektvorschlag: {names}</source>
        <translation>Project proposal: {names}</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Platz</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <source>Autorengruppe</source>
        <translation>Author group</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Karte „{card}“ ändern</source>
        <translation>Change card “{card}”</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Karten als Liste</source>
        <translation>Cards as a list</translation>
    </message>
</context>
<context>
    <name>Chapter</name>
    <message>
        <source>Vorwort</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <source>Management-Zusammenfassung</source>
        <translation>Management summary</translation>
    </message>
    <message>
        <source>Ausgangslage</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <source>Leitbild und Leitlinien</source>
        <translation>Vision and guiding principles</translation>
    </message>
    <message>
        <source>Vorgehen und Beteiligung</source>
        <translation>Method and participation</translation>
    </message>
    <message>
        <source>Stakeholder-Analyse</source>
        <translation>Stakeholder analysis</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <source>Priorisierung</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Einbettung in bestehende Strategien</source>
        <translation>Fit with existing strategies</translation>
    </message>
    <message>
        <source>Organisation und Steuerung</source>
        <translation>Organisation and governance</translation>
    </message>
    <message>
        <source>Umsetzung und Monitoring</source>
        <translation>Implementation and monitoring</translation>
    </message>
    <message>
        <source>Finanzierung</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Beschlussvorschlag</source>
        <translation>Draft resolution</translation>
    </message>
    <message>
        <source>Glossar</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Anhang: alle Ideen</source>
        <translation>Appendix: all ideas</translation>
    </message>
    <message>
        <source>Anhang: Ideenboards als Bilder</source>
        <translation>Appendix: idea boards as pictures</translation>
    </message>
    <message>
        <source>Einführung</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <source>Kapiteltext</source>
        <translation>Chapter text</translation>
    </message>
    <message>
        <source>F</source>
        <translation>B</translation>
    </message>
    <message>
        <source>K</source>
        <translation>I</translation>
    </message>
    <message>
        <source>• Liste</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>1. Liste</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Fett</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Aufzählung</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <source>Nummerierte Liste</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Link einfügen</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>{dots} Punkte · Platz {place}</source>
        <translation>{dots} dots · place {place}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Konflikte beim Zusammenführen</source>
        <translation>Conflicts while merging</translation>
    </message>
    <message>
        <source>„{group}“ und diese Datei haben dieselben Angaben verschieden geändert ({count}). Entscheiden Sie je Zeile, welcher Wert gilt.</source>
        <translation>“{group}” and this file changed the same details differently ({count}). Decide for each row which value counts.</translation>
    </message>
    <message>
        <source>„{group}“ bringt Einträge mit, die es hier schon zu geben scheint.</source>
        <translation>“{group}” brings entries that seem to exist here already.</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In der Gruppe</source>
        <translation>In the group</translation>
    </message>
    <message>
        <source>Es gilt</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Alle &amp;hier behalten</source>
        <translation>Keep all &amp;here</translation>
    </message>
    <message>
        <source>Alle aus der &amp;Gruppe</source>
        <translation>All from the &amp;group</translation>
    </message>
    <message>
        <source>Jeweils die &amp;neuere</source>
        <translation>The &amp;newer each</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>Noch {count} zu entscheiden</source>
        <translation>{count} still to decide</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Zeit hier</source>
        <translation>Time here</translation>
    </message>
    <message>
        <source>Zeit Gruppe</source>
        <translation>Time group</translation>
    </message>
    <message>
        <source>Gleiche Einträge? (angehakt: werden zu einem)</source>
        <translation>The same entries? (ticked: they become one)</translation>
    </message>
    <message>
        <source>{kind}: „{theirs}“ aus der Gruppe ist „{mine}“ von hier</source>
        <translation>{kind}: “{theirs}” from the group is “{mine}” from here</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Skala von</source>
        <translation>Scale from</translation>
    </message>
    <message>
        <source>Skala bis</source>
        <translation>Scale to</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Nutzen (höher ist besser)</source>
        <translation>Benefit (higher is better)</translation>
    </message>
    <message>
        <source>Kosten (niedriger ist besser)</source>
        <translation>Cost (lower is better)</translation>
    </message>
    <message>
        <source>Portfolio-Achse</source>
        <translation>Portfolio axis</translation>
    </message>
    <message>
        <source>Nutzen</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Aufwand</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>CriteriaSection</name>
    <message>
        <source>Kriterien und Gewichtung</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <source>&amp;Kriterium hinzufügen</source>
        <translation>Add c&amp;riterion</translation>
    </message>
    <message>
        <source>Kriterium &amp;löschen</source>
        <translation>&amp;Delete criterion</translation>
    </message>
    <message>
        <source>Neues Kriterium</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Kriterium hinzufügen</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Kriterium löschen</source>
        <translation>Delete criterion</translation>
    </message>
</context>
<context>
    <name>CurrentWorkshopBox</name>
    <message>
        <source>Heutiger Workshop</source>
        <translation>Tonight&apos;s workshop</translation>
    </message>
    <message>
        <source>Neue Karten, Abstimmungsrunden und Teilnahmen gehen an diesen Workshop</source>
        <translation>New cards, voting rounds and attendances go to this workshop</translation>
    </message>
    <message>
        <source>kein Workshop</source>
        <translation>no workshop</translation>
    </message>
    <message>
        <source>Heutigen Workshop wählen</source>
        <translation>Choose tonight&apos;s workshop</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>z. B. 15.01.2027, 15.1.27 oder 150127</source>
        <translation>e.g. 15.01.2027, 15.1.27 or 150127</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Den {date} gibt es nicht.</source>
        <translation>There is no {date}.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Datum. Bitte so eingeben: 15.01.2027</source>
        <translation>“{text}” is not a date. Please type it like this: 15.01.2027</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>Die Datei „{name}“ wurde nicht gefunden.</source>
        <translation>The file “{name}” was not found.</translation>
    </message>
    <message>
        <source>„{name}“ ist kein LK40-Projekt. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” is not an LK40 project. The file was not changed.</translation>
    </message>
    <message>
        <source>Das Projekt „{name}“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert; bitte verwenden Sie eine Sicherungskopie.</source>
        <translation>The project “{name}” is damaged and cannot be opened. The file was not changed; please use a backup copy.</translation>
    </message>
    <message>
        <source>„{name}“ wurde mit einer neueren Version von LK40 Workshop-Studio ({version}) gespeichert. Bitte aktualisieren Sie das Programm. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” was saved by a newer version of LK40 Workshop-Studio ({version}). Please update the program. The file was not changed.</translation>
    </message>
    <message>
        <source>„{name}“ wird gerade von {user} auf dem Rechner {host} bearbeitet (seit {since}).</source>
        <translation>“{name}” is being edited by {user} on the computer {host} (since {since}).</translation>
    </message>
    <message>
        <source>„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so nicht lesbar; eine Sicherung davon wurde nicht gefunden.</source>
        <translation>“{name}” was only partly converted by an older version and cannot be read like this; no backup of it was found.</translation>
    </message>
    <message>
        <source>„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so nicht lesbar. Die Sicherung „{backup}“ kann es ersetzen.</source>
        <translation>“{name}” was only partly converted by an older version and cannot be read like this. The backup “{backup}” can replace it.</translation>
    </message>
    <message>
        <source>„{name}“ kann nicht zum Bearbeiten geöffnet werden: Auf dem Datenträger ist kein Platz mehr, auch nicht für die Sperrdatei oder die Sicherung vor einer Umstellung. Die Datei wurde nicht verändert. Bitte Platz schaffen oder das Projekt schreibgeschützt öffnen.</source>
        <translation>“{name}” cannot be opened for editing: the drive is full, with no room even for the lock file or the backup taken before an upgrade. The file was not changed. Please free some space or open the project read-only.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht zum Bearbeiten geöffnet werden ({detail}). Die Datei wurde nicht verändert.</source>
        <translation>“{name}” could not be opened for editing ({detail}). The file was not changed.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht angelegt werden: Auf dem Datenträger ist kein Platz mehr. Es blieb keine halbe Datei zurück.</source>
        <translation>“{name}” could not be created: the drive is full. No half-written file was left behind.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht angelegt werden ({detail}). Es blieb keine halbe Datei zurück.</source>
        <translation>“{name}” could not be created ({detail}). No half-written file was left behind.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht geschrieben werden: Auf dem Datenträger ist kein Platz mehr. Eine vorhandene Datei dieses Namens blieb unverändert.</source>
        <translation>“{name}” could not be written: the drive is full. An existing file of that name was left unchanged.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht geschrieben werden ({detail}). Eine vorhandene Datei dieses Namens blieb unverändert.</source>
        <translation>“{name}” could not be written ({detail}). An existing file of that name was left unchanged.</translation>
    </message>
    <message>
        <source>„{name}“ ist kein vollständiges LK40-Projekt mehr ({detail}); vermutlich wurde es mit einem anderen Programm verändert. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” is no longer a complete LK40 project ({detail}); another program probably changed it. The file was not changed.</translation>
    </message>
    <message>
        <source>„{name}“ ist schreibgeschützt; die Änderung wurde nicht gespeichert.</source>
        <translation>“{name}” is read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>Auf dem Datenträger von „{name}“ ist kein Platz mehr. Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher. Bitte Platz schaffen.</source>
        <translation>The drive of “{name}” is full. The last change was not saved; everything before it is safe. Please free some space.</translation>
    </message>
    <message>
        <source>„{name}“ ist gerade von einem anderen Programm gesperrt. Die letzte Änderung wurde nicht gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>“{name}” is locked by another program right now. The last change was not saved; please try again in a moment.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht geschrieben werden ({detail}). Die letzte Änderung wurde nicht gespeichert; alles davor ist sicher.</source>
        <translation>“{name}” could not be written ({detail}). The last change was not saved; everything before it is safe.</translation>
    </message>
    <message>
        <source>Die Sperrdatei „{name}“ ist unbrauchbar ({detail}) und wurde nicht angerührt. Bitte prüfen Sie den Ordner oder öffnen Sie das Projekt schreibgeschützt.</source>
        <translation>The lock file “{name}” is unusable ({detail}) and was left alone. Please check the folder or open the project read-only.</translation>
    </message>
    <message>
        <source>„{name}“ ist gerade geöffnet und wird nicht überschrieben. Bitte einen anderen Namen wählen.</source>
        <translation>“{name}” is open right now and will not be overwritten. Please choose another name.</translation>
    </message>
    <message>
        <source>„{name}“ gibt es bereits; es wird nicht überschrieben.</source>
        <translation>“{name}” already exists; it will not be overwritten.</translation>
    </message>
    <message>
        <source>„{name}“ konnte nicht verarbeitet werden: {detail}</source>
        <translation>“{name}” could not be processed: {detail}</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>In der Liste</source>
        <translation>In the list</translation>
    </message>
    <message>
        <source>Im Projekt schon vorhanden</source>
        <translation>Already in the project</translation>
    </message>
    <message>
        <source>Was tun?</source>
        <translation>What to do?</translation>
    </message>
    <message>
        <source>wie Zeile {number} der Liste</source>
        <translation>same as row {number} of the list</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Doppelte Einträge</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Für alle doppelten Zeilen</source>
        <translation>For all duplicate rows</translation>
    </message>
    <message>
        <source>Doppelte Zeilen</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>&amp;Für alle:</source>
        <translation>For &amp;all:</translation>
    </message>
    <message>
        <source>Einzelne Zeilen: Zelle „Was tun?“ wählen, F2, dann ↑/↓.</source>
        <translation>Single rows: select the cell “What to do?”, F2, then ↑/↓.</translation>
    </message>
    <message>
        <source>Zeilen zum Übernehmen: {total}. Davon nennen einen Stakeholder, den das Projekt schon hat (gleicher Name und gleiche Organisation): {known}; wiederholen eine frühere Zeile der Liste: {repeated}.</source>
        <translation>Rows to import: {total}. Of these, naming a stakeholder the project already has (same name and organisation): {known}; repeating an earlier row of the list: {repeated}.</translation>
    </message>
    <message>
        <source>Zeilen zum Übernehmen: {total}. Davon nennen eine Karte, die das Board schon hat (gleicher Text): {known}; wiederholen eine frühere Zeile der Liste: {repeated}.</source>
        <translation>Rows to import: {total}. Of these, naming a card the board already has (same text): {known}; repeating an earlier row of the list: {repeated}.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>„{column}“ ändern</source>
        <translation>Change “{column}”</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Lücken prüfen</source>
        <translation>&amp;Check for gaps</translation>
    </message>
    <message>
        <source>&amp;Strategiepapier (Word)</source>
        <translation>&amp;Strategy paper (Word)</translation>
    </message>
    <message>
        <source>Datei des Strategiepapiers</source>
        <translation>File of the strategy paper</translation>
    </message>
    <message>
        <source>Datei der Arbeitsmappe</source>
        <translation>File of the workbook</translation>
    </message>
    <message>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Standardvorlage</source>
        <translation>Default template</translation>
    </message>
    <message>
        <source>Sprache des Projekts</source>
        <translation>Language of the project</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Vorlage:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Word-Vorlage (*.docx)</source>
        <translation>Word template (*.docx)</translation>
    </message>
    <message>
        <source>S&amp;prache:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Ohne &amp;Kontaktdaten (zum Weitergeben)</source>
        <translation>Without contact &amp;details (to hand out)</translation>
    </message>
    <message>
        <source>Lässt Ansprechpersonen, Kontaktangaben und Notizen der Stakeholder weg. Teilnehmende stehen ohnehin nur mit ihrer Zustimmung im Export.</source>
        <translation>Leaves out the stakeholders’ contact persons, contact details and notes. Participants appear in an export only with their consent in any case.</translation>
    </message>
    <message>
        <source>Kapitel</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <source>{what}: Datei wählen …</source>
        <translation>{what}: choose a file …</translation>
    </message>
    <message>
        <source>Hinweise:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>sie ist kein lesbares Word-Dokument (.docx)</source>
        <translation>it is not a readable Word document (.docx)</translation>
    </message>
    <message>
        <source>sie ist größer, als eine Word-Vorlage sein kann</source>
        <translation>it is larger than a Word template can be</translation>
    </message>
    <message>
        <source>sie würde sich beim Entpacken auf ein Vielfaches aufblähen (eine „Zip-Bombe“)</source>
        <translation>it would blow up to many times its size when unpacked (a “zip bomb”)</translation>
    </message>
    <message>
        <source>sie enthält eine XML-Dokumenttypdefinition, die Word nie schreibt</source>
        <translation>it contains an XML document type definition, which Word never writes</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ wird nicht verwendet: {reason}. Es wurde keine Datei geschrieben.</source>
        <translation>The template “{name}” is not used: {reason}. No file was written.</translation>
    </message>
    <message>
        <source>die Datei ist in einem anderen Programm geöffnet, oder der Ordner ist schreibgeschützt</source>
        <translation>the file is open in another program, or the folder is write-protected</translation>
    </message>
    <message>
        <source>auf dem Datenträger ist kein Platz mehr</source>
        <translation>the drive is full</translation>
    </message>
    <message>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the drive is write-protected</translation>
    </message>
    <message>
        <source>den Ordner gibt es nicht</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>unter diesem Namen liegt ein Ordner</source>
        <translation>a folder has that name</translation>
    </message>
    <message>
        <source>„{name}“ wurde nicht geschrieben: {reason}. Es wurde keine Datei geschrieben; vorhandene Dateien blieben unverändert.</source>
        <translation>“{name}” was not written: {reason}. No file was written; existing files were left unchanged.</translation>
    </message>
    <message>
        <source>„{name}“ wurde nicht geschrieben: {reason}; die vorhandene Datei blieb unverändert. Ersetzt wurde bereits: {replaced}.</source>
        <translation>“{name}” was not written: {reason}; the existing file was left unchanged. Already replaced: {replaced}.</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Arbeits&amp;mappe (Excel)</source>
        <translation>&amp;Workbook (Excel)</translation>
    </message>
    <message>
        <source>Inhaltsverzeichnis</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>Dateien speichern</source>
        <translation>Saving the files</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Bitte Word und/oder Excel wählen und einen Dateinamen angeben.</source>
        <translation>Please choose Word and/or Excel and give a file name.</translation>
    </message>
    <message>
        <source>Die Vorlage wurde nicht gefunden.</source>
        <translation>The template was not found.</translation>
    </message>
    <message>
        <source>Arbeitsmappe</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Geschrieben: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <source>Export abgeschlossen</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Im Ordner anzeigen</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Export abgebrochen – es wurde keine Datei geschrieben.</source>
        <translation>Export cancelled – no file was written.</translation>
    </message>
    <message>
        <source>Der Export ist fehlgeschlagen: {reason}. Vorhandene Dateien blieben unverändert.</source>
        <translation>The export failed: {reason}. Existing files were left unchanged.</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Handlungsfelder</source>
        <translation>Action fields</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder ({count})</source>
        <translation>All action fields ({count})</translation>
    </message>
    <message>
        <source>{count} Karten</source>
        <translation>{count} cards</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Suchen (Name, Organisation, Kontakt, Notizen) …</source>
        <translation>Search (name, organisation, contact, notes) …</translation>
    </message>
    <message>
        <source>Stakeholder durchsuchen</source>
        <translation>Search stakeholders</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Alle Gruppen</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Alle Haltungen</source>
        <translation>All attitudes</translation>
    </message>
    <message>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Karten durchsuchen</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>Schlagwort</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Autorengruppe</source>
        <translation>Author group</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>ab </source>
        <translation>from </translation>
    </message>
    <message>
        <source> Punkten</source>
        <translation> dots</translation>
    </message>
    <message>
        <source>Nur Karten mit mindestens so vielen Punkten</source>
        <translation>Only cards with at least this many dots</translation>
    </message>
    <message>
        <source>Alle Schlagworte</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Alle Workshops</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <source>Alle Autorengruppen</source>
        <translation>All author groups</translation>
    </message>
    <message>
        <source>Alle Herkünfte</source>
        <translation>All origins</translation>
    </message>
    <message>
        <source>hier erfasst</source>
        <translation>entered here</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>Der Vorlage fehlten Formatvorlagen; sie wurden aus der Standardvorlage ergänzt: {styles}.</source>
        <translation>The template lacked styles; they were added from the standard template: {styles}.</translation>
    </message>
    <message>
        <source>„{title}“ ist nach der Bewertung ein Quick Win, im Steckbrief aber nicht markiert.</source>
        <translation>“{title}” is a quick win by the evaluation, but its profile does not mark it.</translation>
    </message>
    <message>
        <source>„{title}“ ist im Steckbrief als Quick Win markiert, liegt nach der Bewertung aber nicht im Quadranten „Quick Wins“.</source>
        <translation>“{title}” is marked as a quick win in its profile, but the evaluation puts it outside the quadrant “Quick wins”.</translation>
    </message>
    <message>
        <source>Das Wappen des Projekts ist kein lesbares Bild; es fehlt im Papier.</source>
        <translation>The project&apos;s coat of arms is no readable picture; the paper goes without it.</translation>
    </message>
    <message>
        <source>Kapitel „{subject}“ ist leer und fehlt im Papier.</source>
        <translation>Chapter “{subject}” is empty and left out of the paper.</translation>
    </message>
    <message>
        <source>„{subject}“ hat keine Federführung.</source>
        <translation>“{subject}” names no lead.</translation>
    </message>
    <message>
        <source>„{subject}“ hat keine Kostenschätzung.</source>
        <translation>“{subject}” has no cost estimate.</translation>
    </message>
    <message>
        <source>„{subject}“ ist nicht bewertet und hat keinen Rang.</source>
        <translation>“{subject}” is not scored and has no rank.</translation>
    </message>
    <message>
        <source>Ziel „{subject}“ hat keinen Indikator oder Zielwert.</source>
        <translation>Goal “{subject}” has no indicator or target value.</translation>
    </message>
</context>
<context>
    <name>FullCheck</name>
    <message>
        <source>Die vollständige Prüfung von „{name}“ hat Schäden gefunden ({detail}). Ihre Änderungen werden weiter gespeichert, aber Teile der Datei sind möglicherweise nicht mehr lesbar. Jetzt eine reparierte Kopie mit allem anlegen, was sich lesen lässt? Die Datei selbst bleibt unverändert.</source>
        <translation>The full check of “{name}” found damage ({detail}). Your changes are still saved, but parts of the file may no longer be readable. Create a repaired copy now with everything that can still be read? The file itself stays unchanged.</translation>
    </message>
    <message>
        <source>Die reparierte Kopie liegt als „{name}“ neben dem Projekt. Öffnen Sie sie über „Projekt öffnen“ und prüfen Sie, ob etwas fehlt.</source>
        <translation>The repaired copy is “{name}”, beside the project. Open it with “Open project” and check whether anything is missing.</translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Zielwert</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Zieljahr</source>
        <translation>Target year</translation>
    </message>
</context>
<context>
    <name>GoalSection</name>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>&amp;Ziel hinzufügen</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <source>Ziel entfe&amp;rnen</source>
        <translation>&amp;Remove goal</translation>
    </message>
    <message>
        <source>Neues Ziel</source>
        <translation>New goal</translation>
    </message>
</context>
<context>
    <name>GroupFiles</name>
    <message>
        <source>LK40-Projekte (*.lk40)</source>
        <translation>LK40 projects (*.lk40)</translation>
    </message>
    <message>
        <source>Gruppendatei für „{group}“ gespeichert: {path}</source>
        <translation>Group file for “{group}” saved: {path}</translation>
    </message>
    <message>
        <source>Das ist die geöffnete Projektdatei selbst.</source>
        <translation>That is the open project file itself.</translation>
    </message>
    <message>
        <source>„{name}“ gehört zu einem anderen Projekt.</source>
        <translation>“{name}” belongs to another project.</translation>
    </message>
    <message>
        <source>„{name}“ ist keine Gruppendatei dieses Projekts (eine mit „Kopie speichern“ gespeicherte Kopie ist keine). Geben Sie Gruppendateien mit „Gruppendatei erstellen…“ aus.</source>
        <translation>“{name}” is not a group file of this project (a copy saved with “Save copy” is none). Hand out group files with “Create group file…”.</translation>
    </message>
    <message>
        <source>Es wurde nichts zusammengeführt.</source>
        <translation>Nothing was merged.</translation>
    </message>
    <message>
        <source>Gruppendatei zusammenführen</source>
        <translation>Merge group file</translation>
    </message>
    <message>
        <source>Gruppendatei „{group}“ zusammenführen</source>
        <translation>Merge group file “{group}”</translation>
    </message>
    <message>
        <source>Zusammengeführt: {group}</source>
        <translation>Merged: {group}</translation>
    </message>
    <message>
        <source>Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Undo (Ctrl+Z) takes it back.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Gruppendatei erstellen</source>
        <translation>Create group file</translation>
    </message>
    <message>
        <source>Eine Kopie des Projekts für den Laptop einer Arbeitsgruppe. Die Gruppe arbeitet darin ohne Netz; danach führt „Gruppendatei zusammenführen…“ ihre Karten, Punkte und Änderungen hier wieder ein.</source>
        <translation>A copy of the project for a working group&apos;s laptop. The group works in it without a network; afterwards “Merge group file…” brings its cards, dots and changes back in here.</translation>
    </message>
    <message>
        <source>Gruppe A</source>
        <translation>Group A</translation>
    </message>
    <message>
        <source>Name der Gruppe</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <source>&amp;Ohne Kontaktdaten (Ansprechpersonen, Kontakte und Notizen der Stakeholder)</source>
        <translation>&amp;Without contact details (the stakeholders&apos; contact persons, contacts and notes)</translation>
    </message>
    <message>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG graphic (*.svg)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>„{name}“ wird gelesen …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <source>„{name}“ ließ sich nicht lesen. Es wurde nichts importiert.</source>
        <translation>“{name}” could not be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>Stakeholder importieren aus „{name}“</source>
        <translation>Import stakeholders from “{name}”</translation>
    </message>
    <message>
        <source>Ideen importieren aus „{name}“</source>
        <translation>Import ideas from “{name}”</translation>
    </message>
    <message>
        <source>Listen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv)</source>
        <translation>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappen (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>OpenDocument-Tabellen (*.ods)</source>
        <translation>OpenDocument spreadsheets (*.ods)</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv *.txt *.tsv)</source>
        <translation>CSV files (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Stakeholder-Liste importieren</source>
        <translation>Import a stakeholder list</translation>
    </message>
    <message>
        <source>Ideen-Liste importieren</source>
        <translation>Import a list of ideas</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import abgeschlossen</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Einzelheiten des Imports</source>
        <translation>Details of the import</translation>
    </message>
    <message>
        <source>&amp;Einzelheiten:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Stakeholder übernommen: {new}. Zusammengeführt: {merged}. Übersprungen: {skipped}.</source>
        <translation>Stakeholders imported: {new}. Merged: {merged}. Skipped: {skipped}.</translation>
    </message>
    <message>
        <source>Karten übernommen: {new}. Zusammengeführt: {merged}. Übersprungen: {skipped}.</source>
        <translation>Cards imported: {new}. Merged: {merged}. Skipped: {skipped}.</translation>
    </message>
    <message>
        <source>Der ganze Import lässt sich mit Strg+Z in einem Schritt zurücknehmen.</source>
        <translation>Ctrl+Z takes the whole import back in one step.</translation>
    </message>
    <message>
        <source>Es wurde nichts geändert.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Neue Stakeholder-Gruppen: {names}</source>
        <translation>New stakeholder groups: {names}</translation>
    </message>
    <message>
        <source>{count} doppelte Zeilen als eigene Einträge übernommen</source>
        <translation>Duplicate rows imported as entries of their own: {count}</translation>
    </message>
    <message>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{count} Texte über 100.000 Zeichen wurden gekürzt</source>
        <translation>Texts over 100,000 characters that were cut: {count}</translation>
    </message>
    <message>
        <source>Nicht übernommene Spalten: {names}</source>
        <translation>Columns not imported: {names}</translation>
    </message>
    <message>
        <source>Alle Zeilen wurden vollständig übernommen.</source>
        <translation>Every row was imported in full.</translation>
    </message>
    <message>
        <source>Spalte {n}</source>
        <translation>Column {n}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Stakeholder importieren – {name}</source>
        <translation>Import stakeholders – {name}</translation>
    </message>
    <message>
        <source>Ideen importieren – {name}</source>
        <translation>Import ideas – {name}</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Karte (Text)</source>
        <translation>Card (text)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Autorengruppe</source>
        <translation>Author group</translation>
    </message>
    <message>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <source>Unterstützer</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Kritiker</source>
        <translation>Critic</translation>
    </message>
    <message>
        <source>Semikolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Komma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Senkrechter Strich ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Excel „CSV UTF-8“)</source>
        <translation>UTF-8 (Excel “CSV UTF-8”)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel „CSV“)</source>
        <translation>Windows-1252 (Excel “CSV”)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation>ISO-8859-15 (Latin-9)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel „Unicode-Text“)</source>
        <translation>UTF-16 (Excel “Unicode Text”)</translation>
    </message>
    <message>
        <source>DOS (CP850)</source>
        <translation>DOS (CP850)</translation>
    </message>
    <message>
        <source>Mac Roman</source>
        <translation>Mac Roman</translation>
    </message>
    <message>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Beide behalten</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>„{name}“ ist keine Liste, die LK40 einliest (.xlsx, .xls, .ods oder .csv).</source>
        <translation>“{name}” is no list LK40 reads (.xlsx, .xls, .ods or .csv).</translation>
    </message>
    <message>
        <source>„{name}“ ist zu groß (über 100 MB) – so viele Zeilen braucht keine Liste. Bitte die Liste teilen oder nur die nötigen Spalten speichern.</source>
        <translation>“{name}” is too large (over 100 MB) – no list needs that many rows. Please split the list or save only the columns needed.</translation>
    </message>
    <message>
        <source>„{name}“ ist leer.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>„{name}“ enthält nur eine Kopfzeile, aber keine Zeilen darunter.</source>
        <translation>“{name}” holds only a header line and no rows below it.</translation>
    </message>
    <message>
        <source>„{name}“ ist mit einem Kennwort geschützt. Bitte in Excel oder LibreOffice ohne Kennwort speichern und erneut importieren.</source>
        <translation>“{name}” is protected by a password. Please save it without a password in Excel or LibreOffice and import it again.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht als das lesen, was die Endung sagt (beschädigt oder ein anderes Format): {detail}</source>
        <translation>“{name}” cannot be read as what its suffix says (damaged or another format): {detail}</translation>
    </message>
    <message>
        <source>Die Zeichenkodierung von „{name}“ ist unbekannt (weder UTF-8 noch Windows-1252). Bitte in Excel als „CSV UTF-8“ speichern.</source>
        <translation>The text encoding of “{name}” is unknown (neither UTF-8 nor Windows-1252). Please save it in Excel as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>„{name}“ passt nicht zur gewählten Zeichenkodierung (Zeile {detail}). Bitte eine andere wählen.</source>
        <translation>“{name}” does not fit the chosen encoding (line {detail}). Please choose another one.</translation>
    </message>
    <message>
        <source>Es wurde nichts importiert.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>„{name}“ hat {rows} Zeilen. Mit ihnen hätte das Projekt mehr als {limit} Stakeholder – mehr, als die Stakeholder-Karte zügig zeigen kann. Bitte nur die Stakeholder importieren, die für die Strategie zählen. Es wurde nichts importiert.</source>
        <translation>“{name}” has {rows} rows. With them the project would have more than {limit} stakeholders – more than the stakeholder map can show quickly. Please import only the stakeholders that matter for the strategy. Nothing was imported.</translation>
    </message>
    <message>
        <source>Zeile {number}: ohne Namen</source>
        <translation>Row {number}: no name</translation>
    </message>
    <message>
        <source>Zeile {number}: ohne Text</source>
        <translation>Row {number}: no text</translation>
    </message>
    <message>
        <source>Zeile {number}: „{detail}“ gibt es im Projekt schon</source>
        <translation>Row {number}: the project already has “{detail}”</translation>
    </message>
    <message>
        <source>Zeile {number}: wiederholt Zeile {detail}</source>
        <translation>Row {number}: repeats row {detail}</translation>
    </message>
    <message>
        <source>Zeile {number}: mit Zeile {earlier} der Liste zusammengeführt</source>
        <translation>Row {number}: merged with row {earlier} of the list</translation>
    </message>
    <message>
        <source>Zeile {number}: mit dem Stakeholder „{label}“ zusammengeführt</source>
        <translation>Row {number}: merged into the stakeholder “{label}”</translation>
    </message>
    <message>
        <source>Zeile {number}: mit der Karte „{label}“ zusammengeführt</source>
        <translation>Row {number}: merged into the card “{label}”</translation>
    </message>
    <message>
        <source>Zeile {number}: {field} „{value}“ ist keine Stufe von 1 bis 5 – nicht übernommen</source>
        <translation>Row {number}: {field} “{value}” is no level from 1 to 5 – left out</translation>
    </message>
    <message>
        <source>Zeile {number}: Haltung „{value}“ ist unbekannt – nicht übernommen</source>
        <translation>Row {number}: attitude “{value}” is unknown – left out</translation>
    </message>
</context>
<context>
    <name>KeyFigureModel</name>
    <message>
        <source>Kennzahl</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>KeyFigureSection</name>
    <message>
        <source>Neue Kennzahl</source>
        <translation>New key figure</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>&amp;Kennzahl hinzufügen</source>
        <translation>Add &amp;key figure</translation>
    </message>
    <message>
        <source>Kennzahl &amp;löschen</source>
        <translation>De&amp;lete key figure</translation>
    </message>
</context>
<context>
    <name>KnownCopies</name>
    <message>
        <source>Sicherung vor der Umstellung auf die neue Version: {path}</source>
        <translation>Backup from before the conversion to the new version: {path}</translation>
    </message>
    <message>
        <source>Gruppendatei: {path}</source>
        <translation>Group file: {path}</translation>
    </message>
    <message>
        <source>Kopie: {path}</source>
        <translation>Copy: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Ideenboards</source>
        <translation>Idea boards</translation>
    </message>
    <message>
        <source>Bewertung</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Heute:</source>
        <translation>Tonight:</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Strategiepapier</source>
        <translation>Strategy paper</translation>
    </message>
    <message>
        <source>Schreibgeschützt</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Jede Änderung wird sofort gespeichert</source>
        <translation>Every change is saved at once</translation>
    </message>
    <message>
        <source> [schreibgeschützt]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <source>LK40-Projekte (*.lk40)</source>
        <translation>LK40 projects (*.lk40)</translation>
    </message>
    <message>
        <source>Das Projekt ist bereits geöffnet.</source>
        <translation>The project is already open.</translation>
    </message>
    <message>
        <source>„{name}“ wurde nicht geöffnet.</source>
        <translation>“{name}” was not opened.</translation>
    </message>
    <message>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Alle Änderungen sind bereits gespeichert.</source>
        <translation>All changes are saved already.</translation>
    </message>
    <message>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Kopie speichern</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Kopie gespeichert: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <source>Beziehung ze&amp;ichnen</source>
        <translation>Draw &amp;relation</translation>
    </message>
    <message>
        <source>Von einem Stakeholder zu einem anderen ziehen</source>
        <translation>Drag from one stakeholder to another</translation>
    </message>
    <message>
        <source>Art neuer Beziehungen</source>
        <translation>Kind of new relations</translation>
    </message>
    <message>
        <source>Beziehung &amp;hinzufügen…</source>
        <translation>&amp;Add relation…</translation>
    </message>
    <message>
        <source>Alle Beziehungen &amp;bearbeiten…</source>
        <translation>&amp;Edit all relations…</translation>
    </message>
    <message>
        <source>Beziehungs&amp;arten bearbeiten…</source>
        <translation>Edit relation &amp;kinds…</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Ganze Karte zeigen</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Größere Schrift (Beamer)</source>
        <translation>Larger text (projector)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Kleinere Schrift</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Bild…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Karte als Bild speichern (PNG oder SVG)</source>
        <translation>Save the map as an image (PNG or SVG)</translation>
    </message>
    <message>
        <source>Poster…</source>
        <translation>Poster…</translation>
    </message>
    <message>
        <source>Karte als A3-Poster drucken oder als PDF speichern</source>
        <translation>Print the map as an A3 poster or save it as a PDF</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Stakeholder-Karte</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <source>Einfluss nach oben, Interesse nach rechts. Alt+Pfeiltaste: nächsten Stakeholder in diese Richtung wählen, mit Umschalt dazunehmen; Pfeiltaste: Auswahl einen halben Punkt verschieben, mit Umschalt einen ganzen; R: Beziehung vom gewählten Stakeholder zeichnen (Ziel mit Pfeiltasten, Enter zeichnet, Esc bricht ab); Enter: in der Tabelle öffnen oder Beziehung beschriften; Entf: löschen.</source>
        <translation>Influence upwards, interest to the right. Alt+arrow: select the next stakeholder that way, with Shift add it; arrow: move the selection half a point, with Shift a whole point; R: draw a relation from the selected stakeholder (target with the arrow keys, Enter draws, Esc cancels); Enter: open in the table or label the relation; Delete: delete.</translation>
    </message>
    <message>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Karte als Bild speichern…</source>
        <translation>Save map as image…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Spalten zuordnen</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Für jede Spalte der Datei wählen, was sie füllt. Die Vorschau zeigt die ersten Zeilen so, wie sie übernommen werden.</source>
        <translation>Choose for each column of the file what it fills. The preview shows the first rows as they will be imported.</translation>
    </message>
    <message>
        <source>Tabellenblatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Trennzeichen</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Zeichenkodierung</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <source>Spalten der Datei</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Spalten der Datei:</source>
        <translation>Columns of the file:</translation>
    </message>
    <message>
        <source>&amp;Vorschau:</source>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <source>&amp;Tabellenblatt:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Trennzeichen:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Zeichen&amp;kodierung:</source>
        <translation>En&amp;coding:</translation>
    </message>
    <message>
        <source>&amp;In das Board von:</source>
        <translation>&amp;Onto the board of:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spalte&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;übernehmen als&lt;/b&gt;</source>
        <translation>&lt;b&gt;import as&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;erster Wert&lt;/b&gt;</source>
        <translation>&lt;b&gt;first value&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spalte {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>„{title}“ übernehmen als</source>
        <translation>Import “{title}” as</translation>
    </message>
    <message>
        <source>Bitte eine Spalte als „Name“ übernehmen – ohne Namen kein Stakeholder.</source>
        <translation>Please import a column as “Name” – no stakeholder without a name.</translation>
    </message>
    <message>
        <source>Bitte eine Spalte als „Karte (Text)“ übernehmen.</source>
        <translation>Please import a column as “Card (text)”.</translation>
    </message>
    <message>
        <source>Das Projekt hat kein Handlungsfeld, dessen Board die Karten aufnimmt.</source>
        <translation>The project has no action field whose board could take the cards.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Action field</translation>
    </message>
    <message>
        <source>Nutzwert
{rater}</source>
        <translation>Score
{rater}</translation>
    </message>
    <message>
        <source>Nutzwert</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>fehlend</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Kosten: niedriger ist besser</source>
        <translation>Cost: lower is better</translation>
    </message>
    <message>
        <source>Nutzen: höher ist besser</source>
        <translation>Benefit: higher is better</translation>
    </message>
    <message>
        <source>Skala {low}–{high}; {direction}</source>
        <translation>Scale {low}–{high}; {direction}</translation>
    </message>
    <message>
        <source>Noch keine Bewertung</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>{count} Bewertung(en) von {raters}; Spanne {spread}</source>
        <translation>{count} score(s) of {raters}; spread {spread}</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <source>Projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>action fields</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>workshops</translation>
    </message>
    <message>
        <source>Programmpunkte</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <source>Stakeholder-Gruppen</source>
        <translation>stakeholder groups</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <source>Teilnahmen</source>
        <translation>attendances</translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation>relation kinds</translation>
    </message>
    <message>
        <source>Beziehungen</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>clusters</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>Abstimmungsrunden</source>
        <translation>voting rounds</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>Projektvorschläge</source>
        <translation>project proposals</translation>
    </message>
    <message>
        <source>Kriterien</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>Bewertende</source>
        <translation>raters</translation>
    </message>
    <message>
        <source>Bewertungen</source>
        <translation>scores</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>Kapitel</source>
        <translation>chapters</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>key figures</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Herkunftsangaben</source>
        <translation>origins</translation>
    </message>
    <message>
        <source>gelöscht / geändert</source>
        <translation>deleted / changed</translation>
    </message>
    <message>
        <source>Verweis</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>influence</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation>attitude</translation>
    </message>
    <message>
        <source>Bildunterschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Hinzugefügt</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Übernommen</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Zusammengelegt</source>
        <translation>Unified</translation>
    </message>
    <message>
        <source>Platz auf dem Board behalten</source>
        <translation>Place on the board kept</translation>
    </message>
    <message>
        <source>Konflikte: hier behalten</source>
        <translation>Conflicts: kept here</translation>
    </message>
    <message>
        <source>Konflikte: aus der Gruppe</source>
        <translation>Conflicts: from the group</translation>
    </message>
    <message>
        <source>Ähnlich, aber getrennt gehalten</source>
        <translation>Alike, but kept apart</translation>
    </message>
    <message>
        <source>Neu nummeriert</source>
        <translation>Renumbered</translation>
    </message>
    <message>
        <source>Die Gruppendatei enthielt nichts Neues.</source>
        <translation>The group file held nothing new.</translation>
    </message>
    <message>
        <source>Zeit in der Zukunft: {count}</source>
        <translation>a time in the future: {count}</translation>
    </message>
    <message>
        <source>Zeit vor der Ausgabe der Gruppendatei: {count}</source>
        <translation>a time before the group file was handed out: {count}</translation>
    </message>
    <message>
        <source>Achtung, die Uhr des Gruppen-Laptops ging offenbar falsch (Änderungen mit {counts}). „Jeweils die neuere“ verlässt sich auf diese Zeiten.</source>
        <translation>Caution: the group laptop&apos;s clock was apparently wrong (changes with {counts}). “Newer in each case” relies on these times.</translation>
    </message>
    <message>
        <source>in der Zukunft</source>
        <translation>in the future</translation>
    </message>
    <message>
        <source>vor der Ausgabe</source>
        <translation>before the hand-out</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>„{target}“ gelöscht</source>
        <translation>“{target}” deleted</translation>
    </message>
    <message>
        <source>gehört zu „{target}“</source>
        <translation>belongs to “{target}”</translation>
    </message>
    <message>
        <source>hier behalten</source>
        <translation>keep this file&apos;s</translation>
    </message>
    <message>
        <source>aus der Gruppe</source>
        <translation>take the group&apos;s</translation>
    </message>
    <message>
        <source>Zuordnung lösen</source>
        <translation>Release the link</translation>
    </message>
    <message>
        <source>{kind}: Eintrag weglassen</source>
        <translation>{kind}: leave the entry out</translation>
    </message>
    <message>
        <source>„{target}“ wiederherstellen</source>
        <translation>Restore “{target}”</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Neues Projekt (Vorlage Landkreis 4.0)</source>
        <translation>New project (Landkreis 4.0 template)</translation>
    </message>
    <message>
        <source>Leeres Projekt</source>
        <translation>Blank project</translation>
    </message>
    <message>
        <source>z. B. Landkreis Musterland</source>
        <translation>e.g. Landkreis Musterland</translation>
    </message>
    <message>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Projekt anlegen</source>
        <translation>Create project</translation>
    </message>
    <message>
        <source>Das Projekt enthält die neun Handlungsfelder und die Bewertungskriterien der Vorlage Landkreis 4.0.</source>
        <translation>The project contains the nine action fields and the scoring criteria of the Landkreis 4.0 template.</translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Auftraggeber:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Be&amp;schreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>LK40-Projekte (*.lk40)</source>
        <translation>LK40 projects (*.lk40)</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Landkreis an.</source>
        <translation>Please enter the county.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie, wo die Projektdatei gespeichert wird.</source>
        <translation>Please choose where the project file is saved.</translation>
    </message>
    <message>
        <source>Diese Datei gibt es bereits. Bitte wählen Sie einen anderen Namen.</source>
        <translation>This file already exists. Please choose another name.</translation>
    </message>
    <message>
        <source>Den Ordner „{folder}“ gibt es nicht.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end lies before the start.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Projekt wird geöffnet</source>
        <translation>Opening the project</translation>
    </message>
    <message>
        <source>„{name}“ wird geöffnet …</source>
        <translation>Opening “{name}” …</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>Overwrite</name>
    <message>
        <source>Datei wurde geändert</source>
        <translation>File was changed</translation>
    </message>
    <message>
        <source>„{name}“ wurde nach dem letzten Export geändert oder nicht von diesem Projekt geschrieben. Überschreiben verliert diese Änderungen – die Projektdatei ist die Quelle, Word der letzte Schritt.</source>
        <translation>“{name}” was changed after the last export or was not written by this project. Overwriting loses those changes – the project file is the source, Word the last step.</translation>
    </message>
    <message>
        <source>Als „{name}“ speichern</source>
        <translation>Save as “{name}”</translation>
    </message>
    <message>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>PaperOptionsBox</name>
    <message>
        <source>Strategiepapier</source>
        <translation>Strategy paper</translation>
    </message>
    <message>
        <source>Als Endfassun&amp;g kennzeichnen (ohne „Entwurf“)</source>
        <translation>Mark as fi&amp;nal (no “Draft”)</translation>
    </message>
    <message>
        <source>Bis dahin steht auf dem Titelblatt „Entwurf – Stand TT.MM.JJJJ“.</source>
        <translation>Until then the title page says “Draft – as of DD MMMM YYYY”.</translation>
    </message>
    <message>
        <source>Beginn, dann Rang</source>
        <translation>start, then rank</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>Roadmap sortiert nach</source>
        <translation>Roadmap sorted by</translation>
    </message>
    <message>
        <source>Roadmap sortiert &amp;nach:</source>
        <translation>Roadmap &amp;order:</translation>
    </message>
    <message>
        <source>&amp;Wappen wählen…</source>
        <translation>Choose coat of &amp;arms…</translation>
    </message>
    <message>
        <source>Wappen oder Logo wählen</source>
        <translation>Choose coat of arms or logo</translation>
    </message>
    <message>
        <source>Wappen entfe&amp;rnen</source>
        <translation>Re&amp;move coat of arms</translation>
    </message>
    <message>
        <source>Wappen:</source>
        <translation>Coat of arms:</translation>
    </message>
    <message>
        <source>im Projekt gespeichert (Titelblatt und Kopfzeile)</source>
        <translation>stored in the project (title page and header)</translation>
    </message>
    <message>
        <source>keines</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Papier als Endfassung</source>
        <translation>Paper marked final</translation>
    </message>
    <message>
        <source>Papier als Entwurf</source>
        <translation>Paper marked draft</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>die Datei ist kein lesbares Bild</source>
        <translation>the file is no readable picture</translation>
    </message>
    <message>
        <source>das Bild ist viel größer, als ein Wappen sein muss</source>
        <translation>the picture is far larger than a coat of arms needs to be</translation>
    </message>
    <message>
        <source>Wappen nicht übernommen</source>
        <translation>Coat of arms not taken</translation>
    </message>
    <message>
        <source>„{name}“ wird nicht übernommen: {reason}.</source>
        <translation>“{name}” is not taken: {reason}.</translation>
    </message>
    <message>
        <source>Wappen gesetzt</source>
        <translation>Coat of arms set</translation>
    </message>
    <message>
        <source>Wappen entfernt</source>
        <translation>Coat of arms removed</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Im Protokoll genannt</source>
        <translation>Named in the minutes</translation>
    </message>
    <message>
        <source>Fotografiert</source>
        <translation>Photographed</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Teilnehmende: {title}</source>
        <translation>Participants: {title}</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Namen erscheinen in Protokoll, Papier und Arbeitsmappe nur mit Einwilligung („Im Protokoll genannt“); alle anderen zählen nur mit.</source>
        <translation>Names appear in the minutes, the paper and the workbook only with consent (‘Named in the minutes’); everyone else is only counted.</translation>
    </message>
    <message>
        <source>Person &amp;hinzufügen</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Von der Liste &amp;nehmen</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Von der Liste nehmen</source>
        <translation>Remove from list</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>(ohne Bildunterschrift)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>{caption} ({width} × {height} px)</source>
        <translation>{caption} ({width} × {height} px)</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Fotos hinzufügen…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Ansehen</source>
        <translation>View</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Foto nach vorn</source>
        <translation>Move photo earlier</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Foto nach hinten</source>
        <translation>Move photo later</translation>
    </message>
    <message>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Was zeigt das Foto?</source>
        <translation>What does the photo show?</translation>
    </message>
    <message>
        <source>Bildunterschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bildunterschrift:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Fotos werden eingelesen … %v von %m</source>
        <translation>Reading photos … %v of %m</translation>
    </message>
    <message>
        <source>Fotos hierher ziehen oder „Fotos hinzufügen…“ wählen.</source>
        <translation>Drag photos here or choose “Add photos…”.</translation>
    </message>
    <message>
        <source>Fotos hinzufügen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp);;Alle Dateien (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>Foto hinzufügen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>{count} Fotos hinzufügen</source>
        <translation>Add {count} photos</translation>
    </message>
    <message>
        <source>Bildunterschrift ändern</source>
        <translation>Change caption</translation>
    </message>
    <message>
        <source>Fotos entfernen</source>
        <translation>Remove photos</translation>
    </message>
    <message>
        <source>Foto verschieben</source>
        <translation>Move photo</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>◀ Vorheriges</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Nächstes ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>(ohne Bildunterschrift)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>{number} von {count} · {width} × {height} px</source>
        <translation>{number} of {count} · {width} × {height} px</translation>
    </message>
    <message>
        <source>Das Foto lässt sich nicht anzeigen.</source>
        <translation>The photo cannot be shown.</translation>
    </message>
</context>
<context>
    <name>PhotoWords</name>
    <message>
        <source>{name}: Die Datei lässt sich nicht lesen.</source>
        <translation>{name}: The file cannot be read.</translation>
    </message>
    <message>
        <source>{name}: Die Datei ist {detail} MB groß – höchstens {limit} MB sind möglich.</source>
        <translation>{name}: The file is {detail} MB – at most {limit} MB are possible.</translation>
    </message>
    <message>
        <source>{name}: Das ist kein Foto im Format JPEG oder PNG.</source>
        <translation>{name}: This is not a photo in JPEG or PNG format.</translation>
    </message>
    <message>
        <source>{name}: HEIC-Fotos kann diese Installation nicht lesen. Bitte als JPEG speichern (iPhone: Einstellungen › Kamera › Formate › „Maximale Kompatibilität“).</source>
        <translation>{name}: This installation cannot read HEIC photos. Please save them as JPEG (iPhone: Settings › Camera › Formats › “Most Compatible”).</translation>
    </message>
    <message>
        <source>{name}: Das Bild hat {detail} Pixel – zu groß zum Einlesen (höchstens {megapixels} Megapixel).</source>
        <translation>{name}: The picture has {detail} pixels – too large to read (at most {megapixels} megapixels).</translation>
    </message>
    <message>
        <source>{name}: Die Bilddatei ist beschädigt oder unvollständig.</source>
        <translation>{name}: The picture file is damaged or incomplete.</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Punkte (Punktabfrage)</source>
        <translation>Votes (dot voting)</translation>
    </message>
    <message>
        <source>Als B&amp;ild exportieren…</source>
        <translation>Export as &amp;image…</translation>
    </message>
    <message>
        <source>Blasen&amp;größe nach:</source>
        <translation>Bubble si&amp;ze by:</translation>
    </message>
    <message>
        <source>Quick Wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Große Vorhaben</source>
        <translation>Big bets</translation>
    </message>
    <message>
        <source>Lückenfüller</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <source>Ressourcenfresser</source>
        <translation>Money pits</translation>
    </message>
    <message>
        <source>Aufwand</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Nutzen</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Kosten (Fläche)</source>
        <translation>Cost (area)</translation>
    </message>
    <message>
        <source>Punkte (Fläche)</source>
        <translation>Votes (area)</translation>
    </message>
    <message>
        <source>Quick Win</source>
        <translation>Quick win</translation>
    </message>
    <message>
        <source>als Quick Win markiert,
nach der Bewertung nicht</source>
        <translation>marked as a quick win,
not by the evaluation</translation>
    </message>
    <message>
        <source>Portfolio als Bild speichern</source>
        <translation>Save the portfolio as a picture</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>PreflightList</name>
    <message>
        <source>Prüfung vor dem Export</source>
        <translation>Check before the export</translation>
    </message>
    <message>
        <source>Noch nicht geprüft.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Eingabe oder Doppelklick: dorthin, wo es sich beheben lässt</source>
        <translation>Enter or double-click: go to where it can be fixed</translation>
    </message>
    <message>
        <source>Nichts fehlt: jedes Kapitel und jede Maßnahme ist vollständig.</source>
        <translation>Nothing is missing: every chapter and every measure is complete.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Nächstes Cluster groß</source>
        <translation>Next cluster large</translation>
    </message>
    <message>
        <source>Voriges Cluster groß</source>
        <translation>Previous cluster large</translation>
    </message>
    <message>
        <source>Ganzes Board</source>
        <translation>Whole board</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All action fields</translation>
    </message>
    <message>
        <source>Cluster „{name}“ ({place} von {count})</source>
        <translation>Cluster “{name}” ({place} of {count})</translation>
    </message>
    <message>
        <source>ohne Namen</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>verdeckt – die Punkte erscheinen beim Aufdecken</source>
        <translation>blind – the dots appear when revealed</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Runde „{name}“: {state}</source>
        <translation>Round “{name}”: {state}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dr&amp;ucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>B&amp;latt:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Zeilen:</source>
        <translation>Li&amp;nes:</translation>
    </message>
    <message>
        <source>Drei Karten je A4-Seite, zum Ausschneiden.</source>
        <translation>Three cards per A4 page, to cut out.</translation>
    </message>
    <message>
        <source>Ein Blatt in A3 (Hochformat).</source>
        <translation>One A3 sheet (portrait).</translation>
    </message>
    <message>
        <source>Für dieses Projekt ist kein Kontakt für Datenschutzfragen hinterlegt (Bearbeiten › Einstellungen). Der Datenschutzhinweis lässt dafür eine Zeile zum Ausfüllen frei.</source>
        <translation>This project names no contact for data-protection questions (Edit › Settings). The privacy notice leaves a line to fill in by hand instead.</translation>
    </message>
    <message>
        <source>Das Blatt gibt es nicht mehr: Es wurde inzwischen gelöscht.</source>
        <translation>This sheet no longer exists: what it shows was deleted in the meantime.</translation>
    </message>
    <message>
        <source>{title}: {pages} Seite(n) an den Drucker geschickt</source>
        <translation>{title}: {pages} page(s) sent to the printer</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>„{file}“ wird geschrieben …</source>
        <translation>Writing “{file}” …</translation>
    </message>
    <message>
        <source>{file} gespeichert ({pages} Seite(n))</source>
        <translation>{file} saved ({pages} page(s))</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>„{file}“ wurde nicht gespeichert: {reason}</source>
        <translation>“{file}” was not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personenbezogene Daten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Einträge</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>in gelöschten Zeilen</source>
        <translation>in deleted rows</translation>
    </message>
    <message>
        <source>Felder mit Personendaten</source>
        <translation>Fields with personal data</translation>
    </message>
    <message>
        <source>Personendaten &amp;entfernen…</source>
        <translation>&amp;Remove personal data…</translation>
    </message>
    <message>
        <source>Diese Felder können Namen oder Angaben zu Personen enthalten. Gelöschte Zeilen zeigt keine Liste, die Datei enthält sie aber noch.</source>
        <translation>These fields can hold names or details of people. No list shows deleted rows, but the file still holds them.</translation>
    </message>
    <message>
        <source>Stakeholder: Ansprechperson</source>
        <translation>Stakeholder: contact person</translation>
    </message>
    <message>
        <source>Stakeholder: Kontaktdaten</source>
        <translation>Stakeholder: contact details</translation>
    </message>
    <message>
        <source>Stakeholder: Notizen</source>
        <translation>Stakeholder: notes</translation>
    </message>
    <message>
        <source>Workshop: Moderation</source>
        <translation>Workshop: facilitator</translation>
    </message>
    <message>
        <source>Workshop: Teilnehmerliste (Freitext)</source>
        <translation>Workshop: participant list (free text)</translation>
    </message>
    <message>
        <source>Teilnehmende: Name</source>
        <translation>Participants: name</translation>
    </message>
    <message>
        <source>Teilnehmende: Organisation</source>
        <translation>Participants: organisation</translation>
    </message>
    <message>
        <source>Bewertende: Name</source>
        <translation>Raters: name</translation>
    </message>
    <message>
        <source>Punktabfrage: Name der Abstimmenden</source>
        <translation>Dot voting: name of the voter</translation>
    </message>
    <message>
        <source>Karten: Autorengruppe</source>
        <translation>Cards: author group</translation>
    </message>
    <message>
        <source>Projektvorschlag: Federführung</source>
        <translation>Proposal: lead</translation>
    </message>
    <message>
        <source>Projektvorschlag: Partner</source>
        <translation>Proposal: partners</translation>
    </message>
    <message>
        <source>Fotos: Bildunterschrift</source>
        <translation>Photos: caption</translation>
    </message>
    <message>
        <source>Teilnehmende ohne Einwilligung, genannt zu werden: {count}</source>
        <translation>Participants without consent to be named: {count}</translation>
    </message>
    <message>
        <source>Fotos in der Datei (können Personen zeigen): {count}</source>
        <translation>Photos in the file (may show people): {count}</translation>
    </message>
    <message>
        <source>Bekannte Kopien und Sicherungen dieser Datei (enthalten die Daten von damals):</source>
        <translation>Known copies and backups of this file (they hold the data of that time):</translation>
    </message>
    <message>
        <source>Von dieser Datei sind keine Kopien oder Sicherungen bekannt.</source>
        <translation>No copies or backups of this file are known.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Wirkung</source>
        <translation>Effe&amp;ct</translation>
    </message>
    <message>
        <source>&amp;Finanzierung</source>
        <translation>Fun&amp;ding</translation>
    </message>
    <message>
        <source>&amp;Umsetzung</source>
        <translation>I&amp;mplementation</translation>
    </message>
    <message>
        <source>&amp;Quellen</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Ziele des Handlungsfelds</source>
        <translation>Goals of the action field</translation>
    </message>
    <message>
        <source>Dieses Handlungsfeld hat noch keine Ziele (Seite „Strategiepapier“).</source>
        <translation>This action field has no goals yet (page “Strategy paper”).</translation>
    </message>
    <message>
        <source>z. B. 250.000 (leer: noch offen)</source>
        <translation>e.g. 250,000 (empty: not known yet)</translation>
    </message>
    <message>
        <source>z. B. 50.000</source>
        <translation>e.g. 50,000</translation>
    </message>
    <message>
        <source>z. B. 200.000</source>
        <translation>e.g. 200,000</translation>
    </message>
    <message>
        <source>z. B. 12.000 pro Jahr</source>
        <translation>e.g. 12,000 a year</translation>
    </message>
    <message>
        <source>z. B. 1,5</source>
        <translation>e.g. 1.5</translation>
    </message>
    <message>
        <source>kurzfristig (bis 1 Jahr)</source>
        <translation>short term (up to 1 year)</translation>
    </message>
    <message>
        <source>mittelfristig (1–3 Jahre)</source>
        <translation>medium term (1–3 years)</translation>
    </message>
    <message>
        <source>langfristig (über 3 Jahre)</source>
        <translation>long term (over 3 years)</translation>
    </message>
    <message>
        <source>z. B. Q2 2027 oder 2/2027</source>
        <translation>e.g. Q2 2027 or 2/2027</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>laufend</source>
        <translation>running</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>done</translation>
    </message>
    <message>
        <source>gestoppt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Quick Win (schnell und sichtbar umsetzbar)</source>
        <translation>Quick win (fast and visible)</translation>
    </message>
    <message>
        <source>Abhängig von</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Quellkarten</source>
        <translation>Source cards</translation>
    </message>
    <message>
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>P&amp;roblem</source>
        <translation>P&amp;roblem</translation>
    </message>
    <message>
        <source>&amp;Ziel</source>
        <translation>Ob&amp;jective</translation>
    </message>
    <message>
        <source>&amp;Erwartete Wirkung</source>
        <translation>E&amp;xpected effect</translation>
    </message>
    <message>
        <source>Ziel&amp;gruppen</source>
        <translation>T&amp;arget groups</translation>
    </message>
    <message>
        <source>&amp;Maßnahmen</source>
        <translation>Act&amp;ions</translation>
    </message>
    <message>
        <source>Ziele de&amp;s Handlungsfelds</source>
        <translation>Field &amp;goals</translation>
    </message>
    <message>
        <source>&amp;Kennzahlen (KPI)</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Ko&amp;sten gesamt (€)</source>
        <translation>Tot&amp;al cost (€)</translation>
    </message>
    <message>
        <source>&amp;Eigenanteil (€)</source>
        <translation>O&amp;wn share (€)</translation>
    </message>
    <message>
        <source>Förder&amp;mittel (€)</source>
        <translation>&amp;Grants (€)</translation>
    </message>
    <message>
        <source>Fö&amp;rderprogramme</source>
        <translation>Funding p&amp;rogrammes</translation>
    </message>
    <message>
        <source>Fol&amp;gekosten pro Jahr (€)</source>
        <translation>Follow-up costs per &amp;year (€)</translation>
    </message>
    <message>
        <source>Federführun&amp;g</source>
        <translation>Le&amp;ad</translation>
    </message>
    <message>
        <source>Partn&amp;er</source>
        <translation>Pa&amp;rtners</translation>
    </message>
    <message>
        <source>Personal (&amp;VZÄ)</source>
        <translation>Staff &amp;workload (FTE)</translation>
    </message>
    <message>
        <source>Zeithori&amp;zont</source>
        <translation>Time hori&amp;zon</translation>
    </message>
    <message>
        <source>Sta&amp;rtquartal</source>
        <translation>Start &amp;quarter</translation>
    </message>
    <message>
        <source>&amp;Meilensteine</source>
        <translation>M&amp;ilestones</translation>
    </message>
    <message>
        <source>Risi&amp;ken</source>
        <translation>Ris&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Pro&amp;gress</translation>
    </message>
    <message>
        <source>Abhängig &amp;von</source>
        <translation>Pre&amp;requisites</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Projektdaten</source>
        <translation>Project data</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Landkreis:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>En&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Sprache der Exporte:</source>
        <translation>&amp;Language of exports:</translation>
    </message>
    <message>
        <source>Auftrag&amp;geber:</source>
        <translation>Cl&amp;ient:</translation>
    </message>
    <message>
        <source>Beg&amp;inn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Besch&amp;reibung:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Auftraggeber</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sprache der Exporte</source>
        <translation>Language of exports</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>„{field}“ ändern</source>
        <translation>Change “{field}”</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <source>Sie können das Projekt schreibgeschützt ansehen oder es übernehmen.</source>
        <translation>You can view the project read-only or take it over.</translation>
    </message>
    <message>
        <source>Schreibgeschützt öffnen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Übernehmen …</source>
        <translation>Take over …</translation>
    </message>
    <message>
        <source>Übernehmen Sie das Projekt nur, wenn {user} es wirklich nicht mehr geöffnet hat (etwa nach einem Absturz auf dem Rechner {host}, gesperrt seit {since}). Hat {user} es noch offen, kann dort nichts mehr gespeichert werden.

Projekt jetzt übernehmen?</source>
        <translation>Take the project over only if {user} really no longer has it open (for example after a crash on the computer {host}, locked since {since}). If {user} still has it open, nothing more can be saved there.

Take the project over now?</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen? Die unvollständige Datei wird daneben aufbewahrt.</source>
        <translation>Restore the backup? The incomplete file is kept beside it.</translation>
    </message>
    <message>
        <source>Eine reparierte Kopie mit allem, was sich noch lesen lässt, anlegen und öffnen? Die beschädigte Datei bleibt unverändert.</source>
        <translation>Create and open a repaired copy with everything that can still be read? The damaged file stays unchanged.</translation>
    </message>
    <message>
        <source>Die reparierte Kopie „{name}“ ist geöffnet. Bitte prüfen Sie, ob etwas fehlt.</source>
        <translation>The repaired copy “{name}” is open. Please check whether anything is missing.</translation>
    </message>
    <message>
        <source>Neben „{name}“ lag ein Journal eines früheren Absturzes, das nicht zu dieser Datei gehört (vermutlich wurde eine Sicherung zurückkopiert). Es wurde nicht angewendet, sondern als „{journal}“ beiseitegelegt; die Datei ist so geöffnet, wie sie ist.</source>
        <translation>Beside “{name}” lay a journal of an earlier crash that does not belong to this file (probably a backup was copied back). It was not applied but set aside as “{journal}”; the file is open as it is.</translation>
    </message>
    <message>
        <source>„{name}“ enthält {count} Texte mit mehr als {limit} Zeichen, vermutlich von einem anderen Programm geschrieben. Sie werden gekürzt angezeigt und exportiert; die Datei behält sie vollständig, bis Sie einen davon bearbeiten.</source>
        <translation>“{name}” holds {count} texts of more than {limit} characters, probably written by another program. They are shown and exported shortened; the file keeps them whole until you edit one of them.</translation>
    </message>
    <message>
        <source>auf einem Netzlaufwerk</source>
        <translation>on a network drive</translation>
    </message>
    <message>
        <source>in einem synchronisierten Ordner</source>
        <translation>in a synchronised folder</translation>
    </message>
    <message>
        <source>„{name}“ liegt {where}. Das funktioniert, aber reißt die Verbindung ab oder bearbeitet ein anderer Rechner dieselbe Datei, können die letzten Änderungen verloren gehen. Für einen Workshop ohne Netz besser mit einer lokalen Kopie arbeiten und sie danach zurückkopieren.</source>
        <translation>“{name}” lies {where}. That works, but if the connection drops or another computer edits the same file, the last changes can be lost. For a workshop without a network, better work on a local copy and copy it back afterwards.</translation>
    </message>
    <message>
        <source>Hier weiterarbeiten</source>
        <translation>Keep working here</translation>
    </message>
    <message>
        <source>Lokale Kopie verwenden</source>
        <translation>Use a local copy</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Seiten des Projekts</source>
        <translation>Pages of the project</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Wählen Sie links einen Projektvorschlag.</source>
        <translation>Choose a project proposal on the left.</translation>
    </message>
    <message>
        <source>Maßnahme {number}</source>
        <translation>Measure {number}</translation>
    </message>
    <message>
        <source>Maßnahme ohne Nummer</source>
        <translation>Measure without a number</translation>
    </message>
    <message>
        <source>Steckbrief ändern</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <source>Bitte eine Zahl eingeben, z. B. 1,5</source>
        <translation>Please enter a number, e.g. 1.5</translation>
    </message>
    <message>
        <source>Bitte einen Betrag in Euro eingeben, z. B. 250.000</source>
        <translation>Please enter an amount in euros, e.g. 250,000</translation>
    </message>
    <message>
        <source>Abhängigkeit ändern</source>
        <translation>Change dependency</translation>
    </message>
    <message>
        <source>Ziel verknüpfen</source>
        <translation>Link goal</translation>
    </message>
    <message>
        <source>Zielverknüpfung lösen</source>
        <translation>Unlink goal</translation>
    </message>
    <message>
        <source>Quellkarte lösen</source>
        <translation>Unlink source card</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <source>kurzfristig</source>
        <translation>short term</translation>
    </message>
    <message>
        <source>mittelfristig</source>
        <translation>medium term</translation>
    </message>
    <message>
        <source>langfristig</source>
        <translation>long term</translation>
    </message>
    <message>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>Zeithorizont</source>
        <translation>Time horizon</translation>
    </message>
    <message>
        <source>Quick Win</source>
        <translation>Quick win</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Projektvorschläge</source>
        <translation>Project proposals</translation>
    </message>
    <message>
        <source>&amp;Neuer Vorschlag</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <source>Vorschlag lös&amp;chen</source>
        <translation>Delete pr&amp;oposal</translation>
    </message>
    <message>
        <source>Maßnahmen nummer&amp;ieren</source>
        <translation>Number meas&amp;ures</translation>
    </message>
    <message>
        <source>Gibt jeder Maßnahme ohne Nummer die nächste ihres Handlungsfelds; vergebene Nummern bleiben.</source>
        <translation>Gives every measure without a number the next one of its action field; numbers already given stay.</translation>
    </message>
    <message>
        <source>Zum Projektvorschlag machen</source>
        <translation>Make a project proposal</translation>
    </message>
    <message>
        <source>Neuer Projektvorschlag</source>
        <translation>New project proposal</translation>
    </message>
    <message>
        <source>Projektvorschlag anlegen</source>
        <translation>Add project proposal</translation>
    </message>
    <message>
        <source>Projektvorschlag löschen</source>
        <translation>Delete project proposal</translation>
    </message>
    <message>
        <source>Maßnahmen nummerieren</source>
        <translation>Number measures</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <source>Protokoll exportieren</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Standardvorlage</source>
        <translation>Default template</translation>
    </message>
    <message>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>S&amp;prache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Word-&amp;Vorlage:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <source>Namentlich genannt werden nur Teilnehmende, die zugestimmt haben.</source>
        <translation>Only participants who agreed to it are named.</translation>
    </message>
    <message>
        <source>Word-Vorlage wählen</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Word-Vorlage (*.docx)</source>
        <translation>Word template (*.docx)</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>Das Projekt hat noch keine Workshops (Übersicht › Workshops).</source>
        <translation>The project has no workshops yet (Overview › Workshops).</translation>
    </message>
    <message>
        <source>„{name}“ ist keine Word-Vorlage, die sich verwenden lässt. Es wurde nichts gespeichert.</source>
        <translation>“{name}” is not a Word template that can be used. Nothing was saved.</translation>
    </message>
    <message>
        <source>Protokoll speichern</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Protokoll gespeichert: {path}</source>
        <translation>Minutes saved: {path}</translation>
    </message>
    <message>
        <source>{count} der erfassten Teilnehmenden haben nicht zugestimmt, fotografiert zu werden. Zeigen die Fotos sie nicht, kann das Protokoll sie enthalten.</source>
        <translation>{count} of the listed participants did not agree to be photographed. If the photos do not show them, the minutes may include them.</translation>
    </message>
    <message>
        <source>&amp;Mit Fotos</source>
        <translation>&amp;With photos</translation>
    </message>
    <message>
        <source>&amp;Ohne Fotos</source>
        <translation>With&amp;out photos</translation>
    </message>
</context>
<context>
    <name>RatingSheets</name>
    <message>
        <source>Das Projekt hat noch keine Bewertenden (Bewertung › Bewertende…).</source>
        <translation>The project has no raters yet (Evaluation › Raters…).</translation>
    </message>
    <message>
        <source>Das Projekt hat noch keine Kriterien.</source>
        <translation>The project has no criteria yet.</translation>
    </message>
    <message>
        <source>Das Projekt hat noch keine Projektvorschläge.</source>
        <translation>The project has no proposals yet.</translation>
    </message>
    <message>
        <source>Ordner für die Bewertungsbögen</source>
        <translation>Folder for the rating sheets</translation>
    </message>
    <message>
        <source>{count} Bewertungsbögen gespeichert in {folder}</source>
        <translation>{count} rating sheets saved in {folder}</translation>
    </message>
    <message>
        <source>„{name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx): beschädigt, ein anderes Format oder mit einem Kennwort geschützt.</source>
        <translation>“{name}” is no readable Excel workbook (.xlsx): damaged, another format or protected by a password.</translation>
    </message>
    <message>
        <source>„{name}“ ist kein Bewertungsbogen von LK40 (das Kennungsblatt fehlt oder ist unvollständig).</source>
        <translation>“{name}” is no LK40 rating sheet (its id sheet is missing or incomplete).</translation>
    </message>
    <message>
        <source>„{name}“ stammt aus einer neueren Version von LK40.</source>
        <translation>“{name}” comes from a newer version of LK40.</translation>
    </message>
    <message>
        <source>„{name}“ ist ein Bewertungsbogen eines anderen Projekts.</source>
        <translation>“{name}” is a rating sheet of another project.</translation>
    </message>
    <message>
        <source>„{name}“: Die bewertende Person oder Gruppe „{detail}“ gibt es im Projekt nicht mehr.</source>
        <translation>“{name}”: the rater “{detail}” no longer exists in the project.</translation>
    </message>
    <message>
        <source>„{name}“ ist schon der zweite Bogen von „{detail}“ – bitte nur einen je Person oder Gruppe wählen.</source>
        <translation>“{name}” is a second sheet of “{detail}” – please choose only one per rater.</translation>
    </message>
    <message>
        <source>Es wurde nichts eingelesen.</source>
        <translation>Nothing was read in.</translation>
    </message>
    <message>
        <source>das Kriterium wurde seit dem Erstellen des Bogens geändert</source>
        <translation>the criterion was changed since the sheet was made</translation>
    </message>
    <message>
        <source>das Kriterium gibt es nicht mehr</source>
        <translation>the criterion no longer exists</translation>
    </message>
    <message>
        <source>den Projektvorschlag gibt es nicht mehr</source>
        <translation>the proposal no longer exists</translation>
    </message>
    <message>
        <source>die Zeile nennt ihren Vorschlag nicht mehr („{detail}“)</source>
        <translation>the row no longer names its proposal (“{detail}”)</translation>
    </message>
    <message>
        <source>außerhalb der Skala {detail}</source>
        <translation>outside the scale {detail}</translation>
    </message>
    <message>
        <source>„{detail}“ ist keine Zahl</source>
        <translation>“{detail}” is not a number</translation>
    </message>
    <message>
        <source>{where}: „{proposal}“ – „{criterion}“: {reason}</source>
        <translation>{where}: “{proposal}” – “{criterion}”: {reason}</translation>
    </message>
    <message>
        <source>{scores} Bewertungen aus {files} Bögen eingelesen, {skipped} Felder übersprungen.</source>
        <translation>{scores} scores read from {files} sheets, {skipped} cells skipped.</translation>
    </message>
    <message>
        <source>{name} ({file}): {scores} Bewertungen, {skipped} übersprungen, {empty} leer</source>
        <translation>{name} ({file}): {scores} scores, {skipped} skipped, {empty} empty</translation>
    </message>
    <message>
        <source>Leere Felder ändern nichts. Rückgängig mit Strg+Z.</source>
        <translation>Empty cells change nothing. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Bewertungen einlesen</source>
        <translation>Read in scores</translation>
    </message>
    <message>
        <source>Bewertungsbögen (*.xlsx)</source>
        <translation>Rating sheets (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Kopie speichern und bearbeiten…</source>
        <translation>Save a copy and edit…</translation>
    </message>
    <message>
        <source>Schreibgeschützt: Die Datei liegt auf einem schreibgeschützten Datenträger oder ist als schreibgeschützt markiert. Änderungen sind nicht möglich.</source>
        <translation>Read-only: the file is on write-protected media or marked read-only. Changes are not possible.</translation>
    </message>
    <message>
        <source>Schreibgeschützt geöffnet: Das Projekt wird an anderer Stelle bearbeitet. Änderungen sind hier nicht möglich.</source>
        <translation>Opened read-only: the project is being edited elsewhere. Changes are not possible here.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Ein leerer Text ist nicht möglich – der bisherige bleibt.</source>
        <translation>An empty text is not possible – the previous one stays.</translation>
    </message>
    <message>
        <source>{voter} hat keine Punkte mehr.</source>
        <translation>{voter} has no dots left.</translation>
    </message>
    <message>
        <source>Auf dieser Karte ist kein Punkt zum Zurücknehmen.</source>
        <translation>This card has no dot to take back.</translation>
    </message>
    <message>
        <source>Gewichte dürfen nicht negativ sein.</source>
        <translation>Weights must not be negative.</translation>
    </message>
    <message>
        <source>Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium.</source>
        <translation>The weights must not add up to zero – otherwise no criterion counts.</translation>
    </message>
    <message>
        <source>Das Skalenende muss über dem Skalenanfang liegen.</source>
        <translation>The end of the scale must lie above its start.</translation>
    </message>
    <message>
        <source>Die Bewertung liegt außerhalb der Skala des Kriteriums ({detail}).</source>
        <translation>The score lies outside the criterion&apos;s scale ({detail}).</translation>
    </message>
    <message>
        <source>Bitte einen Betrag in Euro eingeben, z. B. 250.000</source>
        <translation>Please enter an amount in euros, e.g. 250,000</translation>
    </message>
    <message>
        <source>Ein Cluster fasst nur Karten eines Handlungsfelds zusammen.</source>
        <translation>A cluster only gathers cards of one action field.</translation>
    </message>
    <message>
        <source>Eine Beziehung verbindet zwei verschiedene Stakeholder.</source>
        <translation>A relation connects two different stakeholders.</translation>
    </message>
    <message>
        <source>Bitte ein Zieljahr zwischen 2000 und 2100 eingeben, z. B. 2030.</source>
        <translation>Please enter a target year between 2000 and 2100, e.g. 2030.</translation>
    </message>
    <message>
        <source>Bitte das Startquartal als Quartal und Jahr zwischen 2000 und 2100 eingeben, z. B. Q2 2027 oder 2/2027.</source>
        <translation>Please enter the start quarter as quarter and year between 2000 and 2100, e.g. Q2 2027 or 2/2027.</translation>
    </message>
    <message>
        <source>Beträge und Personal dürfen nicht negativ sein.</source>
        <translation>Amounts and staff cannot be negative.</translation>
    </message>
    <message>
        <source>Punkte gehören in eine Abstimmungsrunde – bitte erst eine Runde beginnen.</source>
        <translation>Dots belong to a voting round – please start a round first.</translation>
    </message>
    <message>
        <source>Die Runde „{detail}“ ist abgeschlossen und nimmt keine Punkte mehr an – für weitere Punkte eine neue Runde beginnen.</source>
        <translation>The round “{detail}” is closed and takes no more dots – start a new round for more dots.</translation>
    </message>
    <message>
        <source>In dieser Runde liegt noch kein Punkt – sie bleibt offen.</source>
        <translation>This round has no dots yet – it stays open.</translation>
    </message>
    <message>
        <source>Die verdeckte Runde „{detail}“ ist aufgedeckt: der Raum hat die Punkte gesehen. Für eine neue verdeckte Abstimmung eine neue Runde beginnen.</source>
        <translation>The blind round “{detail}” has been revealed: the room has seen the dots. Start a new round for another blind vote.</translation>
    </message>
    <message>
        <source>In dieser Runde stimmen Personen anonym mit Nummern ab: bitte eine Nummer statt „{detail}“ eingeben.</source>
        <translation>In this round people vote anonymously by number: please enter a number instead of “{detail}”.</translation>
    </message>
    <message>
        <source>„{detail}“ ist keine Uhrzeit: bitte den Beginn als Stunde und Minute eingeben, z. B. 18:30.</source>
        <translation>“{detail}” is not a time of day: please enter the start as hour and minute, e.g. 18:30.</translation>
    </message>
    <message>
        <source>Ein Programmpunkt dauert 1 bis 600 Minuten.</source>
        <translation>An agenda item lasts 1 to 600 minutes.</translation>
    </message>
    <message>
        <source>„{detail}“ ist kein Bewertungsbogen dieses Projekts, der sich einlesen lässt; es wurde nichts eingelesen.</source>
        <translation>“{detail}” is no rating sheet of this project that can be read in; nothing was read in.</translation>
    </message>
    <message>
        <source>„{detail}“ ist keine Punktzahl: bitte eine ganze Zahl von 0 bis 999 eingeben.</source>
        <translation>“{detail}” is not a number of dots: please type a whole number from 0 to 999.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Beziehung hinzufügen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <source>Beziehung bearbeiten</source>
        <translation>Edit relation</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Zu:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Beschriftung:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Bitte zwei verschiedene Stakeholder wählen.</source>
        <translation>Please choose two different stakeholders.</translation>
    </message>
</context>
<context>
    <name>RelationEdits</name>
    <message>
        <source>Beziehung hinzufügen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <source>Beziehung ändern</source>
        <translation>Change relation</translation>
    </message>
    <message>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Beziehung löschen</source>
        <translation>Delete relation</translation>
    </message>
</context>
<context>
    <name>RelationListDialog</name>
    <message>
        <source>Beziehungen</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Zu</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Beschriftung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Beziehung löschen</source>
        <translation>Delete relation</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Personendaten entfernen</source>
        <translation>Remove personal data</translation>
    </message>
    <message>
        <source>Namen der &amp;Teilnehmenden ohne Einwilligung ({count})</source>
        <translation>Names of &amp;participants without consent ({count})</translation>
    </message>
    <message>
        <source>A&amp;lle Personendaten (zum Projektende, {count} Einträge)</source>
        <translation>A&amp;ll personal data (at the project’s end, {count} entries)</translation>
    </message>
    <message>
        <source>Zum Bestätigen den Projekttitel „{title}“ ein&amp;geben:</source>
        <translation>&amp;Type the project title ‘{title}’ to confirm:</translation>
    </message>
    <message>
        <source>Projekttitel zur Bestätigung</source>
        <translation>Project title to confirm</translation>
    </message>
    <message>
        <source>Endgültig entfe&amp;rnen</source>
        <translation>&amp;Remove for good</translation>
    </message>
    <message>
        <source>Die Werte werden in der Datei überschrieben, auch in gelöschten Zeilen, und der freie Platz der Datei wird geleert. Das lässt sich nicht rückgängig machen; der Verlauf wird gelöscht. Anzahlen, Gruppen, Karten, Punkte und Bewertungen bleiben; Bewertende und Abstimmende heißen danach „Person 1“, „Person 2“ …</source>
        <translation>The values are overwritten in the file, in deleted rows too, and the file’s free space is wiped. This cannot be undone; the history is cleared. Counts, groups, cards, dots and scores stay; raters and voters are then called ‘Person 1’, ‘Person 2’ …</translation>
    </message>
    <message>
        <source>Diese Kopien und Sicherungen enthalten die alten Daten weiterhin:
{paths}</source>
        <translation>These copies and backups still hold the old data:
{paths}</translation>
    </message>
    <message>
        <source>Von dieser Datei sind keine Kopien oder Sicherungen bekannt; eigene Sicherungen und weitergegebene Kopien enthalten die alten Daten weiterhin.</source>
        <translation>No copies or backups of this file are known; your own backups and copies handed on still hold the old data.</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
</context>
<context>
    <name>Reorder</name>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>RoundBar</name>
    <message>
        <source>Abstimmungsrunde</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <source>&amp;Neue Runde</source>
        <translation>&amp;New round</translation>
    </message>
    <message>
        <source> Punkte je Person</source>
        <translation> dots per person</translation>
    </message>
    <message>
        <source>Punkte je Person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>Verdec&amp;kt</source>
        <translation>Bl&amp;ind</translation>
    </message>
    <message>
        <source>Keine Punktzahl zu sehen, bis die Runde aufgedeckt wird</source>
        <translation>No count is shown until the round is revealed</translation>
    </message>
    <message>
        <source>R&amp;unde:</source>
        <translation>Ro&amp;und:</translation>
    </message>
    <message>
        <source>Wieder &amp;öffnen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Aufdeck&amp;en</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Ab&amp;schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>{count} Punkte in der Runde</source>
        <translation>{count} dots in the round</translation>
    </message>
    <message>
        <source>Noch keine Runde – „Neue Runde“ beginnt eine.</source>
        <translation>No round yet – “New round” starts one.</translation>
    </message>
    <message>
        <source>ohne Namen</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>verdeckt, offen</source>
        <translation>blind, open</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Runde {number}</source>
        <translation>Round {number}</translation>
    </message>
    <message>
        <source>Abstimmungsrunde beginnen</source>
        <translation>Start voting round</translation>
    </message>
    <message>
        <source>Punkte je Person ändern</source>
        <translation>Change dots per person</translation>
    </message>
    <message>
        <source>Runde verdeckt</source>
        <translation>Blind round</translation>
    </message>
    <message>
        <source>Runde offen</source>
        <translation>Round not blind</translation>
    </message>
    <message>
        <source>Aufdecken</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Runde abschließen</source>
        <translation>Close round</translation>
    </message>
    <message>
        <source>Runde wieder öffnen</source>
        <translation>Reopen round</translation>
    </message>
</context>
<context>
    <name>ScoringEditor</name>
    <message>
        <source>Mittelwert</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>&amp;Zusammenfassung:</source>
        <translation>&amp;Combine by:</translation>
    </message>
    <message>
        <source>Noch keine Kriterien – bitte unter „Kriterien“ anlegen.</source>
        <translation>No criteria yet – please add them under “Criteria”.</translation>
    </message>
    <message>
        <source>Die Kriterien haben zusammen kein Gewicht – bitte unter „Kriterien“ gewichten.</source>
        <translation>The criteria have no weight together – please weight them under “Criteria”.</translation>
    </message>
    <message>
        <source>Noch keine Projektvorschläge – auf dem Ideenboard Karten oder einen Cluster „Zum Projektvorschlag“ machen (Strg+Umschalt+V).</source>
        <translation>No project proposals yet – on the idea board, turn cards or a cluster into a proposal (“To proposal”, Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>In diesem Handlungsfeld gibt es noch keine Projektvorschläge.</source>
        <translation>This action field has no project proposals yet.</translation>
    </message>
    <message>
        <source>Noch keine Bewertenden – bitte mit „Bewertende…“ die Personen oder Gruppen anlegen, die bewerten.</source>
        <translation>No raters yet – please add the people or groups who rate with “Raters…”.</translation>
    </message>
    <message>
        <source>Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen</source>
        <translation>Type a number, Enter: down, Tab: right, Del: clear</translation>
    </message>
    <message>
        <source>Zum Eintragen oben bei „Bewertung von“ eine Person oder Gruppe wählen.</source>
        <translation>To enter scores, choose a person or group under “Scores of” above.</translation>
    </message>
    <message>
        <source>Noch keine Bewertung eingetragen. {keys}</source>
        <translation>No score entered yet. {keys}</translation>
    </message>
    <message>
        <source>{proposals} Vorschläge · {missing} von {cells} Feldern ohne Bewertung · {keys}</source>
        <translation>{proposals} proposals · {missing} of {cells} cells without a score · {keys}</translation>
    </message>
    <message>
        <source>Bewertungsmatrix</source>
        <translation>Scoring matrix</translation>
    </message>
    <message>
        <source>Zeilen: Projektvorschläge, Spalten: Kriterien, dann Nutzwert, Rang und fehlende Bewertungen. Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen.</source>
        <translation>Rows: project proposals, columns: criteria, then score, rank and missing scores. Type a number, Enter: down, Tab: right, Delete: clear.</translation>
    </message>
    <message>
        <source>Kriterien</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Aufwand-Nutzen-Portfolio</source>
        <translation>Effort/benefit portfolio</translation>
    </message>
    <message>
        <source>Sensitivität</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Bögen dr&amp;ucken…</source>
        <translation>&amp;Print sheets…</translation>
    </message>
    <message>
        <source>Bewe&amp;rtende…</source>
        <translation>Ra&amp;ters…</translation>
    </message>
    <message>
        <source>Handlungs&amp;feld:</source>
        <translation>&amp;Action field:</translation>
    </message>
    <message>
        <source>Be&amp;wertung von:</source>
        <translation>&amp;Scores of:</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All action fields</translation>
    </message>
    <message>
        <source>Alle Bewertenden (zusammengefasst)</source>
        <translation>All raters (combined)</translation>
    </message>
    <message>
        <source>Bewertung eintragen</source>
        <translation>Enter score</translation>
    </message>
    <message>
        <source>Bewertung löschen</source>
        <translation>Clear score</translation>
    </message>
    <message>
        <source>Zusammenfassung ändern</source>
        <translation>Change how scores combine</translation>
    </message>
    <message>
        <source>Bewertende</source>
        <translation>Raters</translation>
    </message>
    <message>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Gewichte übernehmen</source>
        <translation>Apply weights</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Bewertung</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>ScoringSheets</name>
    <message>
        <source>Bewertungsbogen – {name}</source>
        <translation>Scoring sheet – {name}</translation>
    </message>
    <message>
        <source>Bewertungsbögen aller Bewertenden</source>
        <translation>Scoring sheets of all raters</translation>
    </message>
    <message>
        <source>Bewertungsbogen ohne Namen</source>
        <translation>Scoring sheet without a name</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>Projekt in einem temporären Ordner anlegen</source>
        <translation>Create a project in a temporary folder</translation>
    </message>
    <message>
        <source>Bearbeiten (Karten, Punkte, Vorschlag, Bewertung, Stakeholder, Rückgängig)</source>
        <translation>Edit it (cards, dots, proposal, score, stakeholder, undo)</translation>
    </message>
    <message>
        <source>Schließen, wieder öffnen und jede Änderung lesen</source>
        <translation>Close, reopen and read every edit back</translation>
    </message>
    <message>
        <source>Strategiepapier (Word) und Arbeitsmappe (Excel) exportieren</source>
        <translation>Export the strategy paper (Word) and the workbook (Excel)</translation>
    </message>
    <message>
        <source>Strategiepapier wieder einlesen</source>
        <translation>Read the strategy paper back</translation>
    </message>
    <message>
        <source>Arbeitsmappe wieder einlesen</source>
        <translation>Read the workbook back</translation>
    </message>
    <message>
        <source>Keine Netzwerkverbindung geöffnet</source>
        <translation>No network connection opened</translation>
    </message>
    <message>
        <source>Temporären Ordner entfernen</source>
        <translation>Remove the temporary folder</translation>
    </message>
    <message>
        <source>Selbsttest</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>{failed} von {total} Prüfungen sind fehlgeschlagen.</source>
        <translation>{failed} of {total} checks failed.</translation>
    </message>
    <message>
        <source>Alle {total} Prüfungen bestanden: Diese Installation arbeitet.</source>
        <translation>All {total} checks passed: this installation works.</translation>
    </message>
    <message>
        <source>Ergebnis je Prüfung</source>
        <translation>Result of each check</translation>
    </message>
    <message>
        <source>Bericht &amp;kopieren</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>✗ {title} – nicht ausgeführt, da „{other}“ fehlschlug</source>
        <translation>✗ {title} – not run, as “{other}” failed</translation>
    </message>
    <message>
        <source>✗ {title} – {detail}</source>
        <translation>✗ {title} – {detail}</translation>
    </message>
    <message>
        <source> ({seconds} s)</source>
        <translation> ({seconds} s)</translation>
    </message>
    <message>
        <source>✓ {title}</source>
        <translation>✓ {title}</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>{criterion}
jetzt {share}</source>
        <translation>{criterion}
now {share}</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>Der Rang bleibt gleich, solange dieses Kriterium zwischen {low} und {high} des Gesamtgewichts ausmacht.</source>
        <translation>The rank stays the same while this criterion makes up between {low} and {high} of the total weight.</translation>
    </message>
</context>
<context>
    <name>SensitivityTab</name>
    <message>
        <source>Diese Gewichte &amp;übernehmen</source>
        <translation>Appl&amp;y these weights</translation>
    </message>
    <message>
        <source>Zurück&amp;setzen</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Sensitivität der Rangfolge</source>
        <translation>Sensitivity of the ranking</translation>
    </message>
    <message>
        <source>Anteil eines Kriteriums am Gesamtgewicht, in dem der Rang eines Vorschlags gleich bleibt (rot: schon kleine Änderungen verschieben ihn).</source>
        <translation>Share of a criterion in the total weight within which a proposal keeps its rank (red: small changes already move it).</translation>
    </message>
    <message>
        <source>Rangfolge mit den erprobten Gewichten</source>
        <translation>Ranking with the weights tried</translation>
    </message>
    <message>
        <source>&lt;b&gt;Was wäre, wenn?&lt;/b&gt; Gewichte verschieben – die Rangfolge folgt sofort, gespeichert wird nichts.</source>
        <translation>&lt;b&gt;What if?&lt;/b&gt; Move the weights – the ranking follows at once; nothing is saved.</translation>
    </message>
    <message>
        <source>Gewicht von „{name}“</source>
        <translation>Weight of “{name}”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Die Sprache wird beim nächsten Start übernommen.</source>
        <translation>The language applies at the next start.</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>z. B. Datenschutzbeauftragte, datenschutz@…</source>
        <translation>e.g. data protection officer, privacy@…</translation>
    </message>
    <message>
        <source>Kontakt für Datenschutzfragen</source>
        <translation>Contact for data-protection questions</translation>
    </message>
    <message>
        <source>Gilt für dieses Projekt: Die Anwesenheitsliste nennt den Kontakt im Datenschutzhinweis nach Art. 13 DSGVO. Ohne ihn bleibt dort eine Zeile zum Ausfüllen frei.</source>
        <translation>Applies to this project: the sign-in sheet names the contact in its privacy notice under Art. 13 GDPR. Without one, the notice leaves a line to fill in by hand.</translation>
    </message>
    <message>
        <source>Kon&amp;takt für Datenschutzfragen:</source>
        <translation>Data-protection &amp;contact:</translation>
    </message>
    <message>
        <source>Kontakt für Datenschutzfragen ändern</source>
        <translation>Change the data-protection contact</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Projekt geöffnet</source>
        <translation>Project opened</translation>
    </message>
</context>
<context>
    <name>StakeholderDelegate</name>
    <message>
        <source>Ein Stakeholder braucht einen Namen.</source>
        <translation>A stakeholder needs a name.</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Haltung</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Unterstützer</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Kritiker</source>
        <translation>Critic</translation>
    </message>
    <message>
        <source>Diesen Namen tragen mehrere Stakeholder.</source>
        <translation>Several stakeholders have this name.</translation>
    </message>
    <message>
        <source>Stakeholder „{name}“ ändern</source>
        <translation>Change stakeholder “{name}”</translation>
    </message>
</context>
<context>
    <name>StakeholderPage</name>
    <message>
        <source>Zufriedenstellen</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <source>Eng einbinden</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <source>Beobachten</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Informieren</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Stakeholder-Karte als Bild speichern</source>
        <translation>Save stakeholder map as image</translation>
    </message>
    <message>
        <source>Neuer Stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder hinzufügen</source>
        <translation>Add stakeholder</translation>
    </message>
    <message>
        <source>{name} (Kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Stakeholder duplizieren</source>
        <translation>Duplicate stakeholders</translation>
    </message>
    <message>
        <source>Stakeholder löschen</source>
        <translation>Delete stakeholders</translation>
    </message>
    <message>
        <source>{count} Stakeholder mit ihren Beziehungen löschen? Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete {count} stakeholder(s) with their relations? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>Workshops zuordnen</source>
        <translation>Assign workshops</translation>
    </message>
    <message>
        <source>Stakeholder auf der Karte verschieben</source>
        <translation>Move stakeholders on the map</translation>
    </message>
    <message>
        <source>Stakeholder-Gruppen</source>
        <translation>Stakeholder groups</translation>
    </message>
    <message>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Beziehungsarten</source>
        <translation>Relation kinds</translation>
    </message>
    <message>
        <source>Neue Beziehungsart</source>
        <translation>New relation kind</translation>
    </message>
    <message>
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Die Karte konnte nicht gespeichert werden: {reason}</source>
        <translation>The map could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>StakeholderPoster</name>
    <message>
        <source>Stakeholder-Landkarte als A3-Poster</source>
        <translation>Stakeholder map as an A3 poster</translation>
    </message>
</context>
<context>
    <name>StakeholderScene</name>
    <message>
        <source>Einfluss {influence} · Interesse {interest}</source>
        <translation>Influence {influence} · Interest {interest}</translation>
    </message>
</context>
<context>
    <name>StatusTimer</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer: Strg+Umschalt+T startet und hält an, Strg+Umschalt+R setzt zurück</source>
        <translation>Timer: Ctrl+Shift+T starts and pauses, Ctrl+Shift+R resets</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Gliederung</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>&amp;Gliederung:</source>
        <translation>&amp;Outline:</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>Dieses Kapitel schreibt die App beim Export aus den Daten des Projekts.</source>
        <translation>The app writes this chapter from the project’s data when exporting.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Unterzeichnet von</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Unterzeich&amp;net von:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>Kapiteltext ändern</source>
        <translation>Change chapter text</translation>
    </message>
    <message>
        <source>Unterzeichner ändern</source>
        <translation>Change signer</translation>
    </message>
    <message>
        <source>Kapitel ins Papier aufnehmen</source>
        <translation>Include chapter in the paper</translation>
    </message>
    <message>
        <source>Kapitel aus dem Papier nehmen</source>
        <translation>Leave chapter out of the paper</translation>
    </message>
    <message>
        <source>Kapitel verschieben</source>
        <translation>Move chapter</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Stakeholder-Tabelle</source>
        <translation>Stakeholder table</translation>
    </message>
    <message>
        <source>Hinzu&amp;fügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>D&amp;uplizieren</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshops…</translation>
    </message>
    <message>
        <source>&amp;Gruppen…</source>
        <translation>&amp;Groups…</translation>
    </message>
</context>
<context>
    <name>TallyFlow</name>
    <message>
        <source>Erst eine Karte wählen (Pfeiltasten).</source>
        <translation>Choose a card first (arrow keys).</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In der Gruppe</source>
        <translation>In the group</translation>
    </message>
    <message>
        <source>{side}: Text, Unterschiede unterstrichen</source>
        <translation>{side}: text, differences underlined</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <source>Timer stellen</source>
        <translation>Set the timer</translation>
    </message>
    <message>
        <source>Dauer in Minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>&amp;Minuten:</source>
        <translation>&amp;Minutes:</translation>
    </message>
</context>
<context>
    <name>UndoNavigator</name>
    <message>
        <source>Rückgängig gemacht: {step}</source>
        <translation>Undone: {step}</translation>
    </message>
    <message>
        <source>Wiederhergestellt: {step}</source>
        <translation>Redone: {step}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Farbe…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Wer abstimmt</source>
        <translation>Who votes</translation>
    </message>
    <message>
        <source>Anonym: Personen stimmen mit Nummern ab, kein Name gelangt in die Datei. Namen nur, wenn die Runde bewusst namentlich ist.</source>
        <translation>Anonymous: people vote by number, no name reaches the file. Names only when the round is by name on purpose.</translation>
    </message>
    <message>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>nach Gruppen</source>
        <translation>by group</translation>
    </message>
    <message>
        <source>namentlich</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>Wer gerade Punkte klebt (leer: ohne Limit zählen)</source>
        <translation>Who is placing dots now (empty: count without a limit)</translation>
    </message>
    <message>
        <source>Punkte vom Plakat</source>
        <translation>Dots from the wall</translation>
    </message>
    <message>
        <source>&amp;Zählen</source>
        <translation>Tall&amp;y</translation>
    </message>
    <message>
        <source>Punkte von Papier-Pinnwänden eintippen: Zahl, Enter, nächste Karte</source>
        <translation>Type the dots of paper pinboards: number, Enter, next card</translation>
    </message>
    <message>
        <source>Gezählte Punkte der gewählten Karte</source>
        <translation>Dots counted on the chosen card</translation>
    </message>
    <message>
        <source>Punkte, Enter</source>
        <translation>Dots, Enter</translation>
    </message>
    <message>
        <source>Punkte &amp;von:</source>
        <translation>Vo&amp;ter:</translation>
    </message>
    <message>
        <source>Zählen: Karte wählen, Punktzahl tippen, Enter – weiter zur nächsten Karte.</source>
        <translation>Tally: choose a card, type its dots, Enter – on to the next card.</translation>
    </message>
    <message>
        <source>Wer abstimmt ändern</source>
        <translation>Change who votes</translation>
    </message>
    <message>
        <source>Punkt vergeben</source>
        <translation>Give dot</translation>
    </message>
    <message>
        <source>Punkt zurücknehmen</source>
        <translation>Take back dot</translation>
    </message>
    <message>
        <source>Punkte zählen</source>
        <translation>Tally dots</translation>
    </message>
    <message>
        <source>Punktabfrage: Klick gibt einen Punkt, Rechtsklick nimmt ihn zurück.</source>
        <translation>Dot voting: a click gives a dot, a right click takes it back.</translation>
    </message>
    <message>
        <source>{voter}: {used} von {total} Punkten vergeben</source>
        <translation>{voter}: {used} of {total} dots given</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Workshops und Strategiepapier für die Digitalisierungsstrategie „Landkreis 4.0“</source>
        <translation>Workshops and strategy paper for the digitalisation strategy “Landkreis 4.0”</translation>
    </message>
    <message>
        <source>&amp;Neues Projekt (Vorlage Landkreis 4.0)</source>
        <translation>&amp;New project (Landkreis 4.0 template)</translation>
    </message>
    <message>
        <source>Mit den neun Handlungsfeldern und den Bewertungskriterien beginnen</source>
        <translation>Start with the nine action fields and the scoring criteria</translation>
    </message>
    <message>
        <source>&amp;Leeres Projekt</source>
        <translation>&amp;Blank project</translation>
    </message>
    <message>
        <source>Ohne Handlungsfelder beginnen</source>
        <translation>Start without action fields</translation>
    </message>
    <message>
        <source>Projekt ö&amp;ffnen…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Eine .lk40-Datei vom Rechner, Stick oder Netzlaufwerk</source>
        <translation>A .lk40 file from this computer, a stick or a network drive</translation>
    </message>
    <message>
        <source>Der „Musterlandkreis“ mit Beispieldaten zum Ausprobieren</source>
        <translation>The “Musterlandkreis” with sample data to try things out</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>Noch keine Projekte geöffnet.</source>
        <translation>No projects opened yet.</translation>
    </message>
    <message>
        <source>D&amp;emo-Projekt öffnen</source>
        <translation>Open de&amp;mo project</translation>
    </message>
    <message>
        <source>nicht gefunden: {folder}</source>
        <translation>not found: {folder}</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Rang (was wäre, wenn)</source>
        <translation>Rank (what if)</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Projektvorschlag</source>
        <translation>Project proposal</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Neues Projekt (Vorlage Landkreis 4.0)…</source>
        <translation>&amp;New project (Landkreis 4.0 template)…</translation>
    </message>
    <message>
        <source>&amp;Leeres Projekt…</source>
        <translation>&amp;Blank project…</translation>
    </message>
    <message>
        <source>Projekt ö&amp;ffnen…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>&amp;Demo-Projekt öffnen</source>
        <translation>Open &amp;demo project</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Personenbezogene Daten…</source>
        <translation>&amp;Personal data…</translation>
    </message>
    <message>
        <source>Projekt s&amp;chließen</source>
        <translation>C&amp;lose project</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Protokollordner öffnen</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Selbsttest</source>
        <translation>&amp;Self-test</translation>
    </message>
    <message>
        <source>Stakeholder-Karte e&amp;xportieren…</source>
        <translation>Export stakeholder &amp;map…</translation>
    </message>
    <message>
        <source>&amp;Gruppendatei erstellen…</source>
        <translation>Create &amp;group file…</translation>
    </message>
    <message>
        <source>Gruppendatei zusa&amp;mmenführen…</source>
        <translation>Merge group f&amp;ile…</translation>
    </message>
    <message>
        <source>Be&amp;wertungsbögen erstellen…</source>
        <translation>Make ra&amp;ting sheets…</translation>
    </message>
    <message>
        <source>Bewertungen e&amp;inlesen…</source>
        <translation>Read in scor&amp;es…</translation>
    </message>
    <message>
        <source>&amp;Über LK40 Workshop-Studio</source>
        <translation>&amp;About LK40 Workshop-Studio</translation>
    </message>
    <message>
        <source>Pr&amp;otokoll exportieren…</source>
        <translation>Export min&amp;utes…</translation>
    </message>
    <message>
        <source>Stakeholder impor&amp;tieren…</source>
        <translation>Import stake&amp;holders…</translation>
    </message>
    <message>
        <source>Ideen impo&amp;rtieren…</source>
        <translation>Import ideas &amp;from a list…</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Verlauf anzeigen</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Starten/Anhalten</source>
        <translation>&amp;Start/Pause</translation>
    </message>
    <message>
        <source>&amp;Zurücksetzen</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>&amp;5 Minuten</source>
        <translation>&amp;5 minutes</translation>
    </message>
    <message>
        <source>&amp;10 Minuten</source>
        <translation>&amp;10 minutes</translation>
    </message>
    <message>
        <source>15 M&amp;inuten</source>
        <translation>15 m&amp;inutes</translation>
    </message>
    <message>
        <source>&amp;Andere Dauer…</source>
        <translation>&amp;Other duration…</translation>
    </message>
    <message>
        <source>A&amp;blauf anzeigen</source>
        <translation>Show a&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Nächster Programmpunkt</source>
        <translation>&amp;Next agenda item</translation>
    </message>
    <message>
        <source>Den nächsten Punkt des Ablaufs beginnen (Strg+Umschalt+W)</source>
        <translation>Begin the next item of the agenda (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Teilnehmerliste</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkshopPhotosDialog</name>
    <message>
        <source>Fotos – {title}</source>
        <translation>Photos – {title}</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <source>Workshops von „{name}“</source>
        <translation>Workshops of “{name}”</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Teilgenommen an:</source>
        <translation>Took part in:</translation>
    </message>
</context>
<context>
    <name>WorkshopSheets</name>
    <message>
        <source>Anwesenheitsliste (zum Unterschreiben)</source>
        <translation>Sign-in sheet (to sign)</translation>
    </message>
    <message>
        <source>Ablauf mit Uhrzeiten</source>
        <translation>Agenda with times</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>&amp;Workshop hinzufügen</source>
        <translation>Add &amp;workshop</translation>
    </message>
    <message>
        <source>Workshop lös&amp;chen</source>
        <translation>Delete wor&amp;kshop</translation>
    </message>
    <message>
        <source>Teil&amp;nehmende…</source>
        <translation>Participant re&amp;gister…</translation>
    </message>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Anwesenheitsliste oder Ablauf des Workshops drucken</source>
        <translation>Print the workshop&apos;s sign-in sheet or agenda</translation>
    </message>
    <message>
        <source>Fotos…</source>
        <translation>Photos…</translation>
    </message>
    <message>
        <source>Läuft &amp;jetzt:</source>
        <translation>Tonight&apos;s &amp;meeting:</translation>
    </message>
    <message>
        <source>Neuer Workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Workshop hinzufügen</source>
        <translation>Add workshop</translation>
    </message>
    <message>
        <source>Workshops löschen</source>
        <translation>Delete workshops</translation>
    </message>
    <message>
        <source>Ausgewählte Workshops löschen ({count})? Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete the selected workshops ({count})? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>Workshop löschen</source>
        <translation>Delete workshop</translation>
    </message>
</context>
<context>
    <name>WriteFeedback</name>
    <message>
        <source>Der Text war länger als {limit} Zeichen; gespeichert sind die ersten {limit}.</source>
        <translation>The text was longer than {limit} characters; the first {limit} were saved.</translation>
    </message>
    <message>
        <source>„{name}“ ist gerade von einem anderen Programm gesperrt – es wird kurz gewartet …</source>
        <translation>“{name}” is locked by another program at the moment – waiting briefly …</translation>
    </message>
</context>
</TS>
