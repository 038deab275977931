# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Desktop integration and packages (issue 9). Included once, at the end of the top-level
# CMakeLists.txt, when every target exists. The executables' own install() rules live in
# app/CMakeLists.txt; this file adds what a desktop needs to show and open them, and the CPack
# set-up for a Debian package and a tarball:
#
#   cmake --install build --prefix ~/.local      # or /usr/local, /usr
#   (cd build && cpack)                          # mxlens_<version>_<arch>.deb, mxlens-<version>-Linux.tar.gz
#
# packaging/check-package builds both and checks them.

include(GNUInstallDirs)

# The one reverse-DNS id of the application: desktop file, metainfo, icons and MIME package
# are named after it, and the window passes it to QGuiApplication::setDesktopFileName().
set(MXL_APP_ID "io.github.mxlens.mxlens")
# The date of the release named by PROJECT_VERSION (AppStream requires one per release).
set(MXL_RELEASE_DATE "2026-11-23")
# The types listed in resources/desktop/mxlens.mime.xml.in.
set(MXL_MIME_TYPES
    "application/x-mxfusion-inference;application/x-mxnet-ndarray;application/x-mxnet-symbol+json;")

set(MXL_MAINTAINER "The mxlens authors <maintainers@mxlens.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(mxl_desktop_src ${PROJECT_SOURCE_DIR}/resources/desktop)
set(mxl_desktop_out ${PROJECT_BINARY_DIR}/desktop)
configure_file(${mxl_desktop_src}/mxlens.desktop.in ${mxl_desktop_out}/${MXL_APP_ID}.desktop
               @ONLY)
configure_file(${mxl_desktop_src}/mxlens.metainfo.xml.in
               ${mxl_desktop_out}/${MXL_APP_ID}.metainfo.xml @ONLY)
configure_file(${mxl_desktop_src}/mxlens.mime.xml.in ${mxl_desktop_out}/${MXL_APP_ID}.xml @ONLY)

# The desktop files only make sense with the window; a core-only build (MXL_BUILD_UI=OFF)
# installs and packages mxlens-cli alone.
if(TARGET mxlens)
    target_compile_definitions(mxlens PRIVATE MXL_APP_ID="${MXL_APP_ID}")
    install(FILES ${mxl_desktop_out}/${MXL_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${mxl_desktop_out}/${MXL_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${mxl_desktop_out}/${MXL_APP_ID}.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mxlens.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${MXL_APP_ID}.svg)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mxlens-document.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
            RENAME ${MXL_APP_ID}-document.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# ---- CPack: DEB and TGZ from the rules above ------------------------------------------------
# Debian's triggers (shared-mime-info, desktop-file-utils, the hicolor icon cache) pick the
# files up on install and removal, so the package needs no maintainer scripts.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "The mxlens authors")
set(CPACK_PACKAGE_CONTACT "${MXL_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One paragraph, broken into the short lines a Debian control file wants.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
       "mxlens opens MXFusion inference.zip archives in memory, draws their graphs"
       "with Graphviz, shows every stored tensor beside the graph node that owns it"
       "and predicts whether MXFusion can load the archive into a rebuilt model,"
       "and where it would fail. mxlens-cli does the same without a display: info,"
       "validate, tensor, render, reconcile and export.")
# Release binaries without the debug info of RelWithDebInfo: a tenth of the size.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)    # mxlens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MXL_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies from dpkg-shlibdeps (needs dpkg-dev). Qt's platform plugins are loaded
# at run time, so no library links them: the window needs qt6-qpa-plugins explicitly.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(TARGET mxlens)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
endif()

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "~$")

include(CPack)
