#pragma once
// The one error type of the store: a kind a program can test and a message a person can read.
#include <stdexcept>
#include <string>

namespace crm::store {

enum class StoreErrorKind {
    NotFound,      // no such file
    NotOurs,       // not a CRM Workbench document
    Corrupt,       // damaged SQLite file or failed integrity check
    NewerVersion,  // written by a newer version of the program
    Locked,        // open in another window or program
    ReadOnly,      // the file or folder cannot be written
    InvalidInput,  // a value or JSON that does not fit the format
    Io,            // disk full, permission, any other SQLite failure
};

class StoreError : public std::runtime_error {
  public:
    StoreError(StoreErrorKind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    StoreErrorKind kind() const { return kind_; }

  private:
    StoreErrorKind kind_;
};

}  // namespace crm::store
