# fentu_set_warnings(target): the project's warning set, applied to every target we own.
function(fentu_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                            
                                             -Wimplicit-fallthrough)
    if(FENTU_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Strings must be explicit about their encoding; catches accidental char* -> QString.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                 QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
