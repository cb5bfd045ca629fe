; Inno Setup 6 script for the Case Keeper Windows installer.
;
; Built by `python packaging\build.py --installer`, which runs:
;   iscc /DAppVersion=0.1.0 /DBundleDir=<repo>\dist\casekeeper /DOutputDir=<repo>\dist casekeeper.iss
; Output: dist\CaseKeeper-<version>-setup.exe
;
; Per-user install by default (no administrator rights, %LOCALAPPDATA%\Programs\Case Keeper);
; the user may choose "install for all users" in the first dialog.
; To sign the installer and uninstaller, add to the iscc command line (see packaging\README.md):
;   /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p PASSWORD $f"

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z casekeeper.iss (build.py reads it from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\casekeeper"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Case Keeper"
#define AppExe "casekeeper.exe"
#define AppPublisher "Case Keeper developers"
#define IconFile "..\..\desktop\casekeeper\resources\icons\app\casekeeper.ico"

[Setup]
; Never change AppId: Windows uses it to find the installed copy for upgrades and uninstall.
AppId={{F61B0B89-C51A-486E-AFA1-578FC375AA6B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Case Keeper developers, GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableWelcomePage=yes
; Per-user by default; the dialog lets the user switch to all users (needs elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=CaseKeeper-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: casekeeper.exe, casekeeper-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Background reminders: remove the Task Scheduler task (and its XML) before the files go.
Filename: "{app}\casekeeper-cli.exe"; Parameters: "background disable"; Flags: runhidden waituntilterminated; RunOnceId: "RemoveReminderSchedule"

; The uninstaller removes only what it installed: the user's cases, evidence and settings
; (in %LOCALAPPDATA%\casekeeper) are never deleted.
