# fentu-cli's shell completion, where Debian's bash-completion and zsh look for it.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/fentu-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME fentu-cli)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/_fentu-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
