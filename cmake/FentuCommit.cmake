# cmake -DSOURCE_DIR=... -DOUTPUT=.../fentu_commit.h [-DCOMMIT=...] -P FentuCommit.cmake
# Writes #define FENTU_COMMIT "<short hash>[-dirty]" for --version. COMMIT (the cache variable
# FENTU_GIT_COMMIT) wins: a distribution building from a tarball may know the commit. A tree
# without git, or one that is not itself a checkout (a tarball unpacked inside another
# repository), says "unknown". The file is rewritten only when its text changes, so an
# unchanged commit recompiles nothing.
if(NOT COMMIT)
    set(COMMIT unknown)
    find_program(GIT git)
    if(GIT)
        execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} rev-parse --show-toplevel
                        OUTPUT_VARIABLE top OUTPUT_STRIP_TRAILING_WHITESPACE
                        RESULT_VARIABLE top_result ERROR_QUIET)
        if(top_result EQUAL 0)
            file(REAL_PATH "${top}" top)
            file(REAL_PATH "${SOURCE_DIR}" source)
        endif()
        if(top_result EQUAL 0 AND top STREQUAL source)
            execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} rev-parse --short=12 HEAD
                            OUTPUT_VARIABLE hash OUTPUT_STRIP_TRAILING_WHITESPACE
                            RESULT_VARIABLE hash_result ERROR_QUIET)
            # Tracked files only: the build directory and other untracked files are not a
            # change. No optional locks: a build must never hold up a commit being made.
            execute_process(COMMAND ${GIT} --no-optional-locks -C ${SOURCE_DIR} status
                                    --porcelain --untracked-files=no
                            OUTPUT_VARIABLE changes ERROR_QUIET)
            if(hash_result EQUAL 0 AND hash)
                set(COMMIT ${hash})
                if(changes)
                    string(APPEND COMMIT -dirty)
                endif()
            endif()
        endif()
    endif()
endif()

set(text "#pragma once\n#define FENTU_COMMIT \"${COMMIT}\"\n")
if(EXISTS ${OUTPUT})
    file(READ ${OUTPUT} old)
endif()
if(NOT old STREQUAL text)
    file(WRITE ${OUTPUT} "${text}")
endif()
