; LK40 Workshop-Studio: Windows installer (NSIS 3, Modern UI 2), per user, no administrator
; rights. Product name, version, publisher and paths come from installer/build.py as /D
; defines, so they are written in one place (the lk40_desktop package), not repeated here:
;   PRODUCT  VERSION  PUBLISHER  SOURCE_DIR (the program folder)  ICON  OUTFILE
;   PAYLOAD_ENTRIES (an include that removes each top-level entry of the program folder)
;   SIGN_COMMAND (optional: signs the uninstaller as NSIS writes it)
; Silent for IT departments: setup.exe /S [/NODESKTOP] [/D=C:\other\folder]

Unicode true
Target amd64-unicode
ManifestDPIAware true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define APP_KEY "LK40Workshop-Studio"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define PROG_ID "LK40.Project"
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND}'
!endif

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "Software\${APP_KEY}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 16
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1031 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1031 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1031 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1031 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1031 "FileDescription" "${PRODUCT} Setup"
VIAddVersionKey /LANG=1031 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\lk40.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString DESKTOP_SHORTCUT ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString DESKTOP_SHORTCUT ${LANG_ENGLISH} "Desktop shortcut"
LangString PROJECT_TYPE ${LANG_GERMAN} "LK40-Projekt"
LangString PROJECT_TYPE ${LANG_ENGLISH} "LK40 project"
LangString MACHINE_COPY ${LANG_GERMAN} "${PRODUCT} ist auf diesem PC bereits für alle Benutzer installiert (in $0).$\r$\n$\r$\nTrotzdem zusätzlich nur für Sie installieren? Ihre eigene Installation öffnet dann für Sie die .lk40-Dateien."
LangString MACHINE_COPY ${LANG_ENGLISH} "${PRODUCT} is already installed on this PC for all users (in $0).$\r$\n$\r$\nInstall it for you alone as well? Your own installation then opens .lk40 files for you."

Section "${PRODUCT}" SectionMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update replaces the program folder's parts whole, so no file of the old version stays
  ; (only where LK40 is installed already: a folder the user chose keeps what it holds)
  ${If} ${FileExists} "$INSTDIR\lk40.exe"
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
!include "${PAYLOAD_ENTRIES}"
  ${EndIf}
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_KEY}" "InstallDir" "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\lk40.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Uninstall.lnk" "$INSTDIR\uninstall.exe"

  ; double-clicking a .lk40 file opens it in LK40
  WriteRegStr HKCU "Software\Classes\.lk40" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.lk40" "Content Type" "application/x-lk40"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(PROJECT_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\lk40.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\lk40.exe" "%1"'

  ; the entry in "Apps & Features"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lk40.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "$(DESKTOP_SHORTCUT)" SectionDesktop
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\lk40.exe"
SectionEnd

Section "Uninstall"
  ; only what the installer put there: projects live elsewhere and are never touched, and a
  ; folder the user chose keeps everything else in it
!include "${PAYLOAD_ENTRIES}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT}\Uninstall.lnk"
  RMDir "$SMPROGRAMS\${PRODUCT}"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.lk40" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.lk40"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; after the sections, whose names it uses
Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SectionDesktop}
  ${EndIf}
  ; a per-machine copy (the MSI) is there: say so, and let the user decide (silent: go on)
  SetRegView 64
  ReadRegStr $0 HKLM "Software\${APP_KEY}" "InstallDir"
  SetRegView default
  ${If} $0 != ""
    MessageBox MB_YESNO|MB_ICONQUESTION "$(MACHINE_COPY)" /SD IDYES IDYES +2
      Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
