# Start-up references (docs/startup.md). Included from bench/CMakeLists.txt.
# ProcessLab's Designer form alone, with its toolbar icons and nothing else.
file(GLOB processlab_form_icons CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/*.svg)
add_executable(form_mainwindow ${CMAKE_CURRENT_LIST_DIR}/form_mainwindow.cpp ${CMAKE_SOURCE_DIR}/forms/MainWindow.ui)
qt_add_resources(form_mainwindow form_icons
    PREFIX /icons
    BASE ${CMAKE_SOURCE_DIR}/resources/icons
    FILES ${processlab_form_icons})
target_link_libraries(form_mainwindow PRIVATE Qt6::Widgets processlab_warnings)
target_include_directories(form_mainwindow PRIVATE ${CMAKE_SOURCE_DIR}/src)
