# Gantt rendering benchmark (issue #4). Included from bench/CMakeLists.txt:
#   include(render.cmake)
add_executable(processlab-bench-render ${CMAKE_CURRENT_LIST_DIR}/bench_render.cpp)
target_link_libraries(processlab-bench-render PRIVATE processlab_render processlab_warnings)
