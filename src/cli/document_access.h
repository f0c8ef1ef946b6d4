#pragma once
// How a command opens its document. Every command of src/cli/command_registry.cpp is one of:
//
//  - reads (info, validate, export-json, assess, report, export-actions, diff, schedule,
//    analyze on a document): readDocument. The last committed state, read into memory in one
//    short read (store::OpenMode::Snapshot), so the command works while the window has the
//    file open and the window's edits never wait for the command's work;
//  - changes (set, new-cycle, draft-actions, import-transactions): openForChange. Refused,
//    exit 3, while the window or another program has the file open, or when it cannot be
//    written;
//  - creates (new, import-json): checkCanCreate before, createChecked to write. Refused, exit
//    3, when the file exists (unless import-json --force replaces it, which is refused while
//    the file is open elsewhere).
#include <string>

#include "engine/model/assessment.h"
#include "store/document.h"

namespace crm::cli {

store::Document readDocument(const std::string& path);
store::Document openForChange(const std::string& path);
void checkCanCreate(const std::string& path, bool replaceExisting);
store::Document createChecked(const std::string& path, const Assessment& content,
                              bool replaceExisting);

// "FILE: is open in the CRM Strategy Workbench window ...; close it there, or use a read-only
// command ..." (the refusal of a command that changes a file another program has open).
std::string openElsewhereMessage(const std::string& path);

}  // namespace crm::cli
