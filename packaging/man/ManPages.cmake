# Man pages, written at build time by help2man from each program's --help (man/manpage.sh),
# so they cannot drift from it. fentu-cli's page covers every command: help2man runs
# man/fentu-cli-help.sh, which adds each command's --help to the overview.
# Without help2man there are no pages (a warning here; the packaging test then fails).
find_program(FENTU_HELP2MAN help2man)
if(NOT FENTU_HELP2MAN)
    message(WARNING "help2man not found: no man pages (scripts/install-deps.sh installs it)")
    return()
endif()

set(man_script ${CMAKE_CURRENT_LIST_DIR}/manpage.sh)
set(man_pages)
# fentu_man_page(<target> <summary> [<program to run, default the target's file>])
function(fentu_man_page target summary)
    set(program $<TARGET_FILE:${target}>)
    set(extra_env)
    set(extra_depends)
    if(ARGC GREATER 2)
        set(program ${ARGV2})
        set(extra_env FENTU_CLI=$<TARGET_FILE:${target}>)
        set(extra_depends ${ARGV2})
    endif()
    set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${target}.1.gz)
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND ${CMAKE_COMMAND} -E env ${extra_env}
                ${man_script} ${page} ${target} ${PROJECT_VERSION} ${summary} ${program}
        DEPENDS ${target} ${man_script} ${extra_depends}
        COMMENT "Writing the man page ${target}(1)"
        VERBATIM)
    set(man_pages ${man_pages} ${page} PARENT_SCOPE)
endfunction()

fentu_man_page(fentu-desk "desktop client for the Fentu FSM Work Orders API")
fentu_man_page(fentu-cli "command line client for the Fentu FSM Work Orders API"
               ${CMAKE_CURRENT_LIST_DIR}/fentu-cli-help.sh)
if(TARGET fentu-sandbox)
    fentu_man_page(fentu-sandbox "local Fentu FSM Work Orders API with demo data")
endif()
add_custom_target(fentu_man_pages ALL DEPENDS ${man_pages})
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
