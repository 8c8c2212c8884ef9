# How the tree builds in minutes on two cores (issue 13: a clean build under 8 minutes).
# Measured on a clean build with ccache off: most of the time went into parsing the same Qt
# headers again for every file, and into the tests' big files; linking with ld was a tenth.

# Unity build: each target's sources are compiled a few at a time as one unit, so the Qt
# headers are parsed once per unit instead of once per file. Off for a build that checks
# that each file includes what it uses (-DFENTU_UNITY_BUILD=OFF).
option(FENTU_UNITY_BUILD "Compile each target's sources a few files at a time" ON)
set(CMAKE_UNITY_BUILD ${FENTU_UNITY_BUILD})
set(CMAKE_UNITY_BUILD_BATCH_SIZE 8)

# mold, when present, links the ~80 executables in a fraction of ld's time.
option(FENTU_USE_MOLD "Link with mold when it is installed" ON)
find_program(FENTU_MOLD mold)
if(FENTU_USE_MOLD AND FENTU_MOLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=mold" FENTU_LINKS_WITH_MOLD)
    if(FENTU_LINKS_WITH_MOLD)
        add_link_options(-fuse-ld=mold)
        message(STATUS "Linking with mold (${FENTU_MOLD})")
    endif()
endif()

# The tests' own code: -O1 instead of -O2. A test's time is spent in the code it tests; its
# own big files (a test case per function, lambdas, QCOMPARE) compiled 20 % faster. The
# libraries keep -O2 (inline functions and templates a test instantiates itself are -O1 in
# that test's executable). The tests' precompiled header (tests/CMakeLists.txt) is built with
# the same flags, as GCC requires.
set(FENTU_TEST_COMPILE_OPTIONS $<$<CONFIG:RelWithDebInfo,Release>:-O1>)
