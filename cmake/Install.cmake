# Installation and packages (issue #7): the GUI and the CLI, the example
# scenarios, the icons, the desktop entry, the AppStream metainfo and the
# MIME type of scenario files; CPack makes a .deb and a .tar.gz on Linux
# (scripts/package.sh), an NSIS installer and a .zip on Windows (see
# cmake/Windows.cmake and docs/install.md). The translations need no rule:
# they are compiled into the programs (:/i18n).
include(GNUInstallDirs)

# The reverse-DNS id of the desktop entry, metainfo and icon names.
set(PROCESSLAB_APP_ID "org.processlab.ProcessLab")
# The date of this version in the metainfo's release list.
set(PROCESSLAB_RELEASE_DATE "2026-11-26")
set(PROCESSLAB_ICON_SIZES 16 22 24 32 48 64 128 256)

target_compile_definitions(processlab PRIVATE PROCESSLAB_APP_ID="${PROCESSLAB_APP_ID}")

install(TARGETS processlab processlab-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The examples are compiled in (File ▸ Examples); installed too, for users to
# copy and change. The program finds them at ../share/processlab/examples.
file(GLOB processlab_install_examples CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/examples/*.json)
install(FILES ${processlab_install_examples} ${CMAKE_SOURCE_DIR}/resources/examples/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/processlab/examples)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/install.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/processlab)

if(UNIX AND NOT APPLE)
    set(linux_dir ${CMAKE_SOURCE_DIR}/resources/linux)
    configure_file(${linux_dir}/processlab.desktop.in ${PROCESSLAB_APP_ID}.desktop @ONLY)
    configure_file(${linux_dir}/processlab.metainfo.xml.in ${PROCESSLAB_APP_ID}.metainfo.xml @ONLY)
    configure_file(${linux_dir}/processlab-mime.xml.in ${PROCESSLAB_APP_ID}.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${PROCESSLAB_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${PROCESSLAB_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${PROCESSLAB_APP_ID}.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/processlab.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${PROCESSLAB_APP_ID}.svg)
    foreach(size IN LISTS PROCESSLAB_ICON_SIZES)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/processlab.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${PROCESSLAB_APP_ID}.png)
    endforeach()
endif()

# cmake --build <dir> --target update_icons: renders resources/icons/processlab.svg
# to the committed PNGs and, with ImageMagick's convert, the Windows .ico.
add_executable(processlab_render_icons EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/resources/tools/render_icons.cpp)
target_link_libraries(processlab_render_icons PRIVATE Qt6::Gui Qt6::Svg processlab_warnings)
set_target_properties(processlab_render_icons PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
set(processlab_ico_sources)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND processlab_ico_sources ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/processlab.png)
endforeach()
find_program(PROCESSLAB_CONVERT NAMES convert magick)
add_custom_target(update_icons
    COMMAND processlab_render_icons ${CMAKE_SOURCE_DIR}/resources/icons/processlab.svg
            ${CMAKE_SOURCE_DIR}/resources/icons/hicolor
    COMMAND ${PROCESSLAB_CONVERT} ${processlab_ico_sources} ${CMAKE_SOURCE_DIR}/resources/windows/processlab.ico
    COMMENT "Rendering the application icon to PNG and ICO"
    VERBATIM)

# --- packages -----------------------------------------------------------------
set(CPACK_PACKAGE_NAME processlab)
set(CPACK_PACKAGE_VENDOR "ProcessLab developers")
set(CPACK_PACKAGE_CONTACT "ProcessLab developers <dev@processlab.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teaching how an operating system runs processes")
set(CPACK_PACKAGE_DESCRIPTION
    "ProcessLab shows processes moving through the five-state model, their PCBs, the ready and blocked
queues, CPU scheduling (FCFS, SJF, SRTF, priority, round robin, HRRN, MLFQ) with a Gantt chart,
and the producer-consumer exercise, in Chinese and English. It has a presentation mode for
projectors and clickers, and a command-line tool, processlab-cli.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ProcessLab")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP" CACHE STRING "CPack generators")
else()
    set(CPACK_GENERATOR "DEB;TGZ" CACHE STRING "CPack generators")
endif()

# Debian: the libraries the programs link are found by dpkg-shlibdeps (Qt SVG,
# which draws the icons, is libqt6svg6; the X11 plug-in comes with libqt6gui6); the CJK
# font is added by hand (Chinese text without it shows boxes).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
# Qt's own Chinese dialog buttons; Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")

include(CPack)
