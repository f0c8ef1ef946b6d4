// Document: the versions of the built-in catalogs (schema v5, schema_catalog.cpp).
#include "store/document.h"
#include "store/store_error.h"

namespace crm::store {

void Document::loadCatalogVersions() {
    catalogVersions_.clear();
    Statement st = db_.prepare("SELECT catalog, version FROM catalog_version");
    while (st.step()) catalogVersions_[st.text(0)] = st.integer(1);
}

std::optional<std::int64_t> Document::catalogVersion(std::string_view catalog) const {
    const auto found = catalogVersions_.find(catalog);
    if (found == catalogVersions_.end()) return std::nullopt;
    return found->second;
}

void Document::setCatalogVersion(const std::string& catalog, std::optional<std::int64_t> version) {
    requireWritable();
    if (catalog.empty() || (version && *version < 1))
        throw StoreError(StoreErrorKind::InvalidInput,
                         "a catalog version needs the catalog's name and a version of 1 or more");
    Statement st =
        db_.prepare(version ? "INSERT OR REPLACE INTO catalog_version (catalog, version) "
                              "VALUES (?, ?)"
                            : "DELETE FROM catalog_version WHERE catalog = ?");
    st.bind(1, catalog);
    if (version) st.bind(2, *version);
    Transaction tx(db_);
    st.run();
    tx.commit();
    if (version)
        catalogVersions_[catalog] = *version;
    else
        catalogVersions_.erase(catalog);
}

}  // namespace crm::store
