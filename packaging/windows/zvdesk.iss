; Inno Setup script for ZV Desk (Inno Setup 6). Build: iscc /DAppVersion=0.1.0 zvdesk.iss
; after `make bundle` has made dist\ZVDesk. Signing: pass /DSign=1 and define the sign tool
; "zvdesk" in the Inno Setup IDE or on the command line, e.g.
;   iscc /DSign=1 "/Szvdesk=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a $f" zvdesk.iss
; (the time stamp server is reached by the BUILD machine only; ZV Desk itself never uses the network).
;
; Per user by default: no admin rights, into %LOCALAPPDATA%\Programs\ZV Desk.
; Per machine for IT (Intune / SCCM): ZVDesk-setup.exe /ALLUSERS /VERYSILENT /NORESTART
;   installs into %ProgramFiles%\ZV Desk (AppLocker's default path rule allows it).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\ZVDesk"
#endif

[Setup]
AppId={{6C1F3C9E-5A2B-4E4F-9D3A-2B7E0C5D8A41}
AppName=ZV Desk
AppVersion={#AppVersion}
AppVerName=ZV Desk {#AppVersion}
AppPublisher=ZV Desk
VersionInfoVersion={#AppVersion}
VersionInfoDescription=ZV Desk installatie
DefaultDirName={autopf}\ZV Desk
DefaultGroupName=ZV Desk
DisableProgramGroupPage=yes
; per user unless the installer is started with /ALLUSERS (or the user chooses so)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ZVDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\ZVDesk.exe
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=zvdesk
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[InstallDelete]
; An upgrade replaces the old program folder: no stale DLL of an earlier version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ZV Desk"; Filename: "{app}\ZVDesk.exe"; Comment: "Regionale samenwerking zorg en veiligheid"
Name: "{autoprograms}\ZV Desk voorbeeldregio"; Filename: "{app}\ZVDesk.exe"; Parameters: "--example"

[Registry]
; .zvdb opens in ZV Desk. HKA is HKCU\Software\Classes per user, HKLM\Software\Classes per machine.
Root: HKA; Subkey: "Software\Classes\.zvdb"; ValueType: string; ValueName: ""; ValueData: "ZVDesk.Regiobestand"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.zvdb\OpenWithProgids"; ValueType: string; ValueName: "ZVDesk.Regiobestand"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ZVDesk.Regiobestand"; ValueType: string; ValueName: ""; ValueData: "ZV Desk regiobestand"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ZVDesk.Regiobestand\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ZVDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ZVDesk.Regiobestand\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ZVDesk.exe"" ""%1"""

[Run]
Filename: "{app}\ZVDesk.exe"; Parameters: "--example"; Description: "ZV Desk starten met de voorbeeldregio"; Flags: nowait postinstall skipifsilent
