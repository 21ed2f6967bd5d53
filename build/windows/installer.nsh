; Start the kiosk with Windows: a startup entry for all users.
!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "ZichuanKiosk" '"$INSTDIR\zichuan-kiosk.exe"'
!macroend
!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "ZichuanKiosk"
!macroend
