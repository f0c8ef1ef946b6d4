#include "cli/document_access.h"

#include <fmt/format.h>

#include "cli/exit_codes.h"
#include "store/document_file.h"
#include "store/store_error.h"

namespace crm::cli {

namespace {

// Runs `open`; a lock held by another program becomes the command line's refusal.
template <class Open>
store::Document refusingWhenOpenElsewhere(const std::string& path, Open&& open) {
    try {
        return open();
    } catch (const store::StoreError& e) {
        if (e.kind() == store::StoreErrorKind::Locked)
            throw CommandError(kFileRefused, openElsewhereMessage(path));
        throw;
    }
}

}  // namespace

std::string openElsewhereMessage(const std::string& path) {
    return fmt::format(
        "{}: is open in the CRM Strategy Workbench window (or another program is changing it); "
        "close it there, or use a read-only command (info, validate, assess, report, "
        "export-json, export-actions, diff, schedule, analyze)",
        path);
}

store::Document readDocument(const std::string& path) {
    return store::Document::open(path, store::OpenMode::Snapshot);
}

store::Document openForChange(const std::string& path) {
    store::Document doc =
        refusingWhenOpenElsewhere(path, [&] { return store::Document::open(path); });
    if (doc.readOnly())
        throw CommandError(
            kFileRefused,
            fmt::format("{}: cannot be changed: the file or its folder is read-only", path));
    return doc;
}

void checkCanCreate(const std::string& path, bool replaceExisting) {
    if (store::fileExists(path) && !replaceExisting)
        throw CommandError(kFileRefused,
                           fmt::format("{}: already exists; choose another name", path));
}

store::Document createChecked(const std::string& path, const Assessment& content,
                              bool replaceExisting) {
    checkCanCreate(path, replaceExisting);
    return refusingWhenOpenElsewhere(
        path, [&] { return store::Document::create(path, content, replaceExisting); });
}

}  // namespace crm::cli
