# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DTS_FILE=... [-DPLURAL_ONLY=ON]
#       -P checktranslations.cmake
# Updates a copy of TS_FILE from the sources as the update_translations target would, and fails
# when lupdate warns or when a text of the copy has no finished translation: a text added to
# the sources (or changed) without its translation shows here as unfinished.
cmake_minimum_required(VERSION 3.25)
foreach(variable LUPDATE SOURCE_DIR WORK_DIR TS_FILE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "checktranslations.cmake: ${variable} is not set")
    endif()
endforeach()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "${TS_FILE} is missing")
endif()

get_filename_component(name "${TS_FILE}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
set(options -no-obsolete -locations none)
if(PLURAL_ONLY)
    list(APPEND options -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" ${options} "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" -ts "${copy}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

# lupdate's own progress lines; anything else is a warning about the sources.
string(REPLACE "\n" ";" lines "${output}")
set(warnings "")
foreach(line IN LISTS lines)
    if(line STREQUAL "" OR line MATCHES "^(Scanning directory|Updating|Stripping non plural)"
       OR line MATCHES "^ +(Found [0-9]+ source text|Removed [0-9]+ obsolete|Kept [0-9]+ obsolete|Same-text heuristic)")
        continue()
    endif()
    string(APPEND warnings "  ${line}\n")
endforeach()

# Every message of the updated copy, one at a time (not as a CMake list: texts hold ';', '[').
file(READ "${copy}" ts)
set(missing "")
set(count 0)
set(total 0)
while(TRUE)
    string(FIND "${ts}" "</message>" end)
    if(end EQUAL -1)
        break()
    endif()
    string(SUBSTRING "${ts}" 0 ${end} message)
    math(EXPR next "${end} + 10")
    string(SUBSTRING "${ts}" ${next} -1 ts)
    math(EXPR total "${total} + 1")
    string(REGEX MATCH "<source>([^<]*)</source>" ignored "${message}")
    set(source "${CMAKE_MATCH_1}")
    if(message MATCHES "type=\"(unfinished|vanished|obsolete)\""
       OR message MATCHES "<translation></translation>"
       OR message MATCHES "<translation/>"
       OR message MATCHES "<numerusform></numerusform>"
       OR message MATCHES "<numerusform/>")
        math(EXPR count "${count} + 1")
        string(APPEND missing "  ${source}\n")
    endif()
endwhile()
if(total EQUAL 0)
    message(FATAL_ERROR "${name}: no texts found, which cannot be right")
endif()

if(NOT warnings STREQUAL "" OR count GREATER 0)
    message(FATAL_ERROR
        "${name}: ${count} of ${total} texts without a finished translation:\n${missing}"
        "lupdate's warnings:\n${warnings}"
        "Run `cmake --build BUILD --target update_translations`, translate the new texts in "
        "resources/translations/ (Qt Linguist, or by hand) and mark them finished.")
endif()
message(STATUS "${name}: all ${total} texts translated; lupdate warns of nothing")
