# Windows lecture PCs (issue #7): what a build there needs. Nothing here runs
# on Linux, and nothing here was built or tested on Windows yet: see
# docs/install.md for how to make the installer and what is untested. The
# WIN32 executable, its icon and version resource are in src/app/CMakeLists.txt.

# MSVC reads the sources as UTF-8 (Chinese text, “quotes”), as GCC does.
target_compile_options(processlab_warnings INTERFACE $<$<CXX_COMPILER_ID:MSVC>:/utf-8>)

if(NOT WIN32)
    return()
endif()

# The Qt DLLs, plug-ins (platform, SVG icons, styles) and Qt's own
# translations go beside the installed programs; the MSVC runtime comes from
# InstallRequiredSystemLibraries below (MinGW's from windeployqt).
find_program(PROCESSLAB_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(NOT PROCESSLAB_WINDEPLOYQT AND TARGET Qt6::qmake)
    get_target_property(processlab_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(processlab_qt_bin "${processlab_qmake}" DIRECTORY)
    find_program(PROCESSLAB_WINDEPLOYQT windeployqt HINTS "${processlab_qt_bin}")
endif()
if(MSVC)
    set(processlab_runtime_option --no-compiler-runtime)
else()
    set(processlab_runtime_option --compiler-runtime)
endif()
install(CODE "
    set(deploy \"${PROCESSLAB_WINDEPLOYQT}\")
    if(NOT deploy)
        message(FATAL_ERROR \"windeployqt not found: add Qt's bin folder to PATH\")
    endif()
    foreach(exe processlab.exe processlab-cli.exe)
        execute_process(
            COMMAND \"\${deploy}\" --release ${processlab_runtime_option} --no-system-d3d-compiler
                    --translations zh_CN,en \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\"
            RESULT_VARIABLE result)
        if(result)
            message(FATAL_ERROR \"windeployqt failed for \${exe}\")
        endif()
    endforeach()
")

if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# The NSIS installer: Start-menu and desktop shortcuts, an uninstaller, and
# ProcessLab offered in "Open with" for .json files (Windows associates by the
# last extension only, so *.processlab.json cannot have its own type; the
# default program for .json is left alone).
set(processlab_ico "${CMAKE_SOURCE_DIR}/resources/windows/processlab.ico")
set(CPACK_NSIS_MUI_ICON "${processlab_ico}")
set(CPACK_NSIS_MUI_UNIICON "${processlab_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\processlab.exe")
set(CPACK_NSIS_DISPLAY_NAME "ProcessLab ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "ProcessLab")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "processlab" "ProcessLab")
set(CPACK_CREATE_DESKTOP_LINKS "processlab")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR "ProcessLab.Scenario" "" "ProcessLab scenario"
  WriteRegStr HKCR "ProcessLab.Scenario\DefaultIcon" "" "$INSTDIR\bin\processlab.exe,0"
  WriteRegStr HKCR "ProcessLab.Scenario\shell\open\command" "" '"$INSTDIR\bin\processlab.exe" "%1"'
  WriteRegStr HKCR ".json\OpenWithProgids" "ProcessLab.Scenario" ""
  WriteRegStr HKCR "Applications\processlab.exe\SupportedTypes" ".json" ""
  WriteRegStr HKCR "Applications\processlab.exe\shell\open\command" "" '"$INSTDIR\bin\processlab.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKCR ".json\OpenWithProgids" "ProcessLab.Scenario"
  DeleteRegKey HKCR "ProcessLab.Scenario"
  DeleteRegKey HKCR "Applications\processlab.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
