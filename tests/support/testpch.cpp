// The holder of the tests' precompiled header (tests/CMakeLists.txt): CMake makes the header
// while compiling this file, and every test executable reuses it.
