#include "engine/transactions/transaction_parser.h"

#include "engine/transactions/stretch_parser.h"
#include "engine/transactions/two_thread_parse.h"
#include "platform/mapped_file.h"

namespace crm::transactions {

namespace {

ImportResult parseInOneThread(std::string_view buffer, const ImportOptions& options,
                              const detail::Layout& layout, const ProgressCallback& progress) {
    detail::StretchParser parser(buffer, options.dialect.hasHeader, options, layout,
                                 layout.empty ? 0 : layout.estimatedRows);
    bool cancelled = false;
    if (!layout.empty) {
        std::function<bool()> check;
        if (progress)
            check = [&] {
                return progress(parser.scanner().offset(), buffer.size(), parser.rowsRead());
            };
        cancelled = !parser.run(detail::kProgressEvery, check);
    }
    const bool stopped = parser.stopped();
    if (!stopped && !cancelled && progress &&
        !progress(buffer.size(), buffer.size(), parser.rowsRead()))
        cancelled = true;
    return detail::finishImport(std::move(parser.result), layout, stopped, cancelled);
}

}  // namespace

ImportResult parseTransactions(std::string_view buffer, const ImportOptions& options,
                               const ProgressCallback& progress) {
    ImportResult invalid;
    detail::Layout layout;
    if (!detail::readLayout(buffer, options, layout, invalid)) return invalid;
    if (auto halves = detail::parseInTwoThreads(buffer, options, layout, progress))
        return std::move(*halves);
    return parseInOneThread(buffer, options, layout, progress);
}

ImportResult parseTransactionsFile(const std::string& path, const ImportOptions& options,
                                   const ProgressCallback& progress) {
    const platform::MappedFile file(path);
    return parseTransactions(file.view(), options, progress);
}

}  // namespace crm::transactions
