#pragma once
// The page-level half of recovery: reading SQLite's table of contents (sqlite_schema) straight
// from the bytes of a damaged file, and writing a stand-in page 1 that names a few tables, so
// SQLite can read their rows even when the real table of contents is unreadable.
// Everything here treats the file as hostile: every offset is checked against the page.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace crm::store::recovery {

struct TableOfContents {
    std::map<std::string, std::uint32_t> rootPages;  // table name -> root page
    bool complete = true;                            // false: some of its pages were unreadable
};

// Walks the sqlite_schema b-tree from page 1 of the file at `path`. Throws StoreError(Corrupt)
// when the file header itself is unusable.
TableOfContents readTableOfContents(const std::string& path);

struct StandInTable {
    std::string name;
    std::uint32_t rootPage = 0;
    std::string createSql;  // CREATE TABLE with the columns to read
};

// Room on a stand-in page 1 of the file at `path`, and what one table takes of it: as many
// tables as fit go on one page, so SQLite opens the file once per page rather than per table.
struct StandInRoom {
    std::size_t allTables = 0;  // bytes for every table's entry together
    std::size_t oneTable = 0;   // the most one entry may take (it may not overflow the page)
};
StandInRoom standInRoom(const std::string& path);
// Whole pages in the file: a table rooted past them is lost (SQLite refuses a table of contents
// that names a root page past the end, so such a table must not go on a stand-in page).
std::uint32_t wholePages(const std::string& path);
std::size_t standInCost(const StandInTable& table);

// Overwrites page 1 of the file at `path` (a scratch copy) with a table of contents holding
// exactly `tables`, keeping the 100-byte file header (with the page count of what is there).
// Returns false, writing nothing, when they do not fit on the page.
bool writeStandInPage(const std::string& path, const std::vector<StandInTable>& tables);

}  // namespace crm::store::recovery
