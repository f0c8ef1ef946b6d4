#pragma once
// The parse of a large file in two halves, one per thread (see transaction_parser.h for
// the rules), merged into exactly what the one-thread parse gives.
#include <optional>
#include <string_view>

#include "engine/transactions/stretch_parser.h"

namespace crm::transactions::detail {

// The first line end after the middle of `buffer` with an even number of '"' before it, as
// the offset just past it; 0 when there is none in the third quarter of the file, or when
// the second half would start with the bytes of a UTF-8 byte order mark.
std::size_t twoThreadCut(std::string_view buffer);

// Nothing when the file stays on one thread: smaller than options.twoThreadsFromBytes, no
// cut found, or the first half ended inside a quoted field (a '"' inside an unquoted field
// fooled the quote count; the halves' work is then thrown away).
std::optional<ImportResult> parseInTwoThreads(std::string_view buffer, const ImportOptions& options,
                                              const Layout& layout,
                                              const ProgressCallback& progress);

}  // namespace crm::transactions::detail
