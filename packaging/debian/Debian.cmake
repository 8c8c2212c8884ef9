# The files Debian wants in every package's /usr/share/doc/<package>: the machine-readable
# copyright file and the Debian changelog, compressed with gzip -9n (lintian checks both);
# and the package's lintian overrides.
# Included by packaging/CMakeLists.txt, which sets deb_name, deb_release and doc_dir.

# A release that forgets its changelog entry would ship a changelog that contradicts the
# package's version: stop at configure time instead.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/changelog changelog_top LIMIT_COUNT 1)
set(expected "${deb_name} (${PROJECT_VERSION}-${deb_release}) ")
string(FIND "${changelog_top}" "${expected}" at)
if(NOT at EQUAL 0)
    message(FATAL_ERROR "packaging/debian/changelog starts with \"${changelog_top}\", not "
                        "\"${expected}...\": add an entry for this version.")
endif()

set(changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/changelog > ${changelog_gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog
    COMMENT "Compressing the Debian changelog")
add_custom_target(fentu_debian_changelog ALL DEPENDS ${changelog_gz})

install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${changelog_gz} DESTINATION ${doc_dir})
# The one lintian tag that does not apply to a package outside Debian's archive (the file says
# why); everything else lintian says is fixed, not overridden.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${deb_name})
