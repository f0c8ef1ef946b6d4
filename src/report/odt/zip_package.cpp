#include "report/odt/zip_package.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace crm::report {
namespace {

// Entries get a fixed time so the same report gives the same bytes (2000-01-01 00:00 UTC).
constexpr time_t kEntryTime = 946684800;

std::string zipErrorText(zip_error_t* error) {
    std::string text = zip_error_strerror(error);
    zip_error_fini(error);
    return text;
}

std::optional<std::string> readAll(zip_source_t* source, std::string* error) {
    if (zip_source_open(source) < 0) {
        if (error) *error = "cannot read the zip archive back from memory";
        return std::nullopt;
    }
    std::string bytes;
    char buffer[65536];
    zip_int64_t n = 0;
    while ((n = zip_source_read(source, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, static_cast<std::size_t>(n));
    zip_source_close(source);
    if (n < 0) {
        if (error) *error = "cannot read the zip archive back from memory";
        return std::nullopt;
    }
    return bytes;
}

}  // namespace

std::optional<std::string> zipArchive(const std::vector<ZipEntry>& entries, std::string* error) {
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!memory) {
        if (error) *error = "cannot start a zip archive: " + zipErrorText(&zipError);
        return std::nullopt;
    }
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> memoryOwner(memory, &zip_source_free);
    zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        if (error) *error = "cannot start a zip archive: " + zipErrorText(&zipError);
        return std::nullopt;
    }
    zip_source_keep(memory);  // the archive frees its reference on close; we read after that
    for (const auto& entry : entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        zip_int64_t index =
            data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            if (error)
                *error =
                    "cannot add '" + entry.name + "' to the zip archive: " + zip_strerror(archive);
            zip_discard(archive);
            return std::nullopt;
        }
        const auto i = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, i, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(archive, i, kEntryTime, 0);
    }
    if (zip_close(archive) < 0) {
        if (error) *error = std::string("cannot finish the zip archive: ") + zip_strerror(archive);
        zip_discard(archive);
        return std::nullopt;
    }
    return readAll(memory, error);
}

}  // namespace crm::report
