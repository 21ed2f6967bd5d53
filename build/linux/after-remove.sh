#!/bin/bash
# The deb's after-remove script: the /usr/bin link and the autostart entry go with the package.

if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove '${executable}' '/opt/${sanitizedProductName}/${executable}'
else
    rm -f '/usr/bin/${executable}'
fi

rm -f /etc/xdg/autostart/zichuan-kiosk.desktop
