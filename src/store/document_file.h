#pragma once
// Opening and creating .crmw files safely: the checks that run before SQLite may write a byte,
// and the lock that keeps a second window from editing the same file.
#include <string>

#include "platform/exclusive_file_lock.h"
#include "store/sqlite_db.h"

namespace crm::store {

// Reads the 100-byte SQLite header ourselves so a foreign, damaged or newer file is refused
// without SQLite touching it. Throws StoreError (NotFound, NotOurs, NewerVersion).
struct HeaderFacts {
    std::int64_t userVersion = 0;
};
HeaderFacts checkDocumentHeader(const std::string& path);

// An exclusive lock held for as long as the document is open (platform::ExclusiveFileLock:
// the operating system drops it if the program dies, so a crash never leaves a stale lock).
class FileLock {
  public:
    FileLock() = default;
    explicit FileLock(const std::string& path);  // throws StoreError(Locked or Io)
    void release() { lock_.release(); }

  private:
    platform::ExclusiveFileLock lock_;
};

bool isWritable(const std::string& path);  // the file and its folder (SQLite's journal)
bool fileExists(const std::string& path);
void copyFile(const std::string& from, const std::string& to);  // throws StoreError(Io)

}  // namespace crm::store
