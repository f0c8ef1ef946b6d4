#pragma once
// Salvaging a damaged document into a new file. The damaged file is only ever read: it is
// copied aside first, and every readable row of every table is carried into a fresh document
// beside it, "NAME (recovered).crmw". The GUI offers this when Document::open reports Corrupt.
#include <cstddef>
#include <string>
#include <vector>

namespace crm::store {

struct RecoveryReport {
    std::size_t rowsRecovered = 0;           // rows of every table carried into the new file
    std::size_t valuesDropped = 0;           // unreadable values left empty (e.g. a garbled date)
    std::vector<std::string> damagedTables;  // tables where some rows could not be read
};

// Returns the path of the new document ("NAME (recovered).crmw", or "(recovered 2)" ... when
// that name is taken). Throws StoreError: NotFound, NotOurs, NewerVersion (as open does),
// Locked (open in another window), Corrupt when nothing at all can be read, Io. The original
// file (and its journal) is never written; on any error no new file is left behind.
std::string recoverCopy(const std::string& path, RecoveryReport* report = nullptr);

}  // namespace crm::store
