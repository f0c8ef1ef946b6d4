#include "store/recovery_pages.h"

#include <fmt/format.h>

#include <fstream>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "store/store_error.h"

namespace crm::store::recovery {

namespace {

std::uint32_t be16(const unsigned char* p) { return (std::uint32_t{p[0]} << 8) | p[1]; }
std::uint32_t be32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           p[3];
}

struct FileGeometry {
    std::uint32_t pageSize = 0;
    std::uint32_t usable = 0;  // page size minus the reserved bytes at the end of each page
    std::uint64_t pages = 0;   // whole pages present in the file
};

class PageReader {
  public:
    explicit PageReader(const std::string& path) : in_(path, std::ios::binary) {
        unsigned char header[100] = {};
        in_.read(reinterpret_cast<char*>(header), sizeof header);
        if (in_.gcount() != 100)
            throw StoreError(StoreErrorKind::Corrupt,
                             fmt::format("{}: the file header is missing", path));
        const std::uint32_t size = be16(header + 16);
        geometry_.pageSize = size == 1 ? 65536 : size;
        const bool powerOfTwo =
            geometry_.pageSize >= 512 && (geometry_.pageSize & (geometry_.pageSize - 1)) == 0;
        if (!powerOfTwo || header[20] > geometry_.pageSize - 480)
            throw StoreError(StoreErrorKind::Corrupt,
                             fmt::format("{}: the file header is damaged", path));
        geometry_.usable = geometry_.pageSize - header[20];
        in_.seekg(0, std::ios::end);
        geometry_.pages = static_cast<std::uint64_t>(in_.tellg()) / geometry_.pageSize;
    }
    const FileGeometry& geometry() const { return geometry_; }

    std::optional<std::vector<unsigned char>> page(std::uint32_t number) {
        if (number < 1 || number > geometry_.pages) return std::nullopt;
        std::vector<unsigned char> bytes(geometry_.pageSize);
        in_.clear();
        in_.seekg(static_cast<std::streamoff>(number - 1) * geometry_.pageSize);
        in_.read(reinterpret_cast<char*>(bytes.data()), geometry_.pageSize);
        if (static_cast<std::uint32_t>(in_.gcount()) != geometry_.pageSize) return std::nullopt;
        return bytes;
    }

  private:
    std::ifstream in_;
    FileGeometry geometry_;
};

// A bounded view of bytes; every read fails softly past the end.
struct Cursor {
    const unsigned char* p;
    std::size_t left;
    std::optional<std::uint64_t> varint() {
        std::uint64_t v = 0;
        for (int i = 0; i < 9; ++i) {
            if (left == 0) return std::nullopt;
            const unsigned char b = *p++;
            --left;
            if (i == 8) return (v << 8) | b;
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80)) return v;
        }
        return v;
    }
};

std::optional<std::size_t> serialSize(std::uint64_t type) {
    static const std::size_t fixed[] = {0, 1, 2, 3, 4, 6, 8, 8, 0, 0};
    if (type < 10) return fixed[type];
    if (type < 12) return std::nullopt;
    return static_cast<std::size_t>((type - 12) / 2);
}

// One sqlite_schema record: type, name, tbl_name, rootpage, sql. Only the first four are
// needed; they sit at the start of the record. False when the bytes are not such a record.
bool readSchemaRecord(Cursor record, TableOfContents& toc) {
    const unsigned char* start = record.p;
    const std::size_t total = record.left;
    const auto headerSize = record.varint();
    if (!headerSize || *headerSize > total) return false;
    std::vector<std::uint64_t> types;
    while (static_cast<std::size_t>(record.p - start) < *headerSize && types.size() < 5) {
        const auto t = record.varint();
        if (!t) return false;
        types.push_back(*t);
    }
    if (types.size() < 4) return false;
    Cursor body{start + *headerSize, total - *headerSize};
    std::string fields[3];
    std::int64_t rootPage = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto size = serialSize(types[i]);
        if (!size || *size > body.left) return false;
        if (i < 3) {
            if (types[i] < 13 || types[i] % 2 == 0) return false;  // must be text
            fields[i].assign(reinterpret_cast<const char*>(body.p), *size);
        } else {
            if (types[i] < 1 || types[i] > 6) return false;  // must be an integer
            for (std::size_t b = 0; b < *size; ++b) rootPage = (rootPage << 8) | body.p[b];
        }
        body.p += *size;
        body.left -= *size;
    }
    if (fields[0] == "table" && rootPage > 1 && rootPage <= 0xffffffff)
        toc.rootPages.emplace(fields[1], static_cast<std::uint32_t>(rootPage));
    return true;
}

// How much of a payload of `total` bytes is stored on a table leaf page (SQLite file format 1.6).
std::size_t localPayload(std::uint64_t total, std::uint32_t usable) {
    const std::uint64_t maxLocal = usable - 35;
    if (total <= maxLocal) return static_cast<std::size_t>(total);
    const std::uint64_t minLocal = (usable - 12) * 32 / 255 - 23;
    const std::uint64_t k = minLocal + (total - minLocal) % (usable - 4);
    return static_cast<std::size_t>(k <= maxLocal ? k : minLocal);
}

// The first bytes of a cell's record (enough for the columns before `sql`), following the
// overflow pages when little of it is stored on the page (small pages, long CREATE TABLEs).
std::optional<std::vector<unsigned char>> recordStart(PageReader& reader, Cursor cell,
                                                      std::uint64_t payload) {
    const std::uint32_t usable = reader.geometry().usable;
    const std::size_t local = localPayload(payload, usable);
    if (local > cell.left) return std::nullopt;
    std::vector<unsigned char> bytes(cell.p, cell.p + local);
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(payload, 2048));
    if (bytes.size() >= want) return bytes;
    if (cell.left < local + 4) return std::nullopt;
    std::uint32_t next = be32(cell.p + local);
    for (int hops = 0; bytes.size() < want && hops < 64; ++hops) {
        const auto overflow = next ? reader.page(next) : std::nullopt;
        if (!overflow) return std::nullopt;
        next = be32(overflow->data());
        const std::size_t take = std::min<std::size_t>(usable - 4, want - bytes.size());
        bytes.insert(bytes.end(), overflow->begin() + 4,
                     overflow->begin() + 4 + static_cast<std::ptrdiff_t>(take));
    }
    return bytes;
}

void walk(PageReader& reader, std::uint32_t number, int depth, std::set<std::uint32_t>& seen,
          TableOfContents& toc) {
    if (depth > 20 || !seen.insert(number).second) {
        toc.complete = false;
        return;
    }
    const auto bytes = reader.page(number);
    if (!bytes) {
        toc.complete = false;
        return;
    }
    const FileGeometry& g = reader.geometry();
    const std::size_t h = number == 1 ? 100 : 0;
    const unsigned char* page = bytes->data();
    const unsigned char flag = page[h];
    const bool interior = flag == 0x05;
    if (!interior && flag != 0x0D) {
        toc.complete = false;
        return;
    }
    const std::size_t pointers = h + (interior ? 12 : 8);
    const std::uint32_t cells = be16(page + h + 3);
    if (pointers + 2 * std::size_t{cells} > g.usable) {
        toc.complete = false;
        return;
    }
    for (std::uint32_t i = 0; i < cells; ++i) {
        const std::uint32_t offset = be16(page + pointers + 2 * i);
        if (offset < pointers || offset + 4 > g.usable) {
            toc.complete = false;
            continue;
        }
        if (interior) {
            walk(reader, be32(page + offset), depth + 1, seen, toc);
            continue;
        }
        Cursor cell{page + offset, g.usable - offset};
        const auto payload = cell.varint();
        const auto rowid = cell.varint();
        const auto record = payload && rowid ? recordStart(reader, cell, *payload) : std::nullopt;
        if (!record || !readSchemaRecord(Cursor{record->data(), record->size()}, toc))
            toc.complete = false;
    }
    if (interior) walk(reader, be32(page + h + 8), depth + 1, seen, toc);
}

void putVarint(std::string& out, std::uint64_t v) {
    // Values here are small (under 2^28): the 1..4-byte forms suffice.
    unsigned char buf[9];
    int n = 0;
    do {
        buf[n++] = static_cast<unsigned char>(v & 0x7f);
        v >>= 7;
    } while (v != 0 && n < 8);
    for (int i = n - 1; i >= 0; --i) out.push_back(static_cast<char>(buf[i] | (i > 0 ? 0x80 : 0)));
}

}  // namespace

TableOfContents readTableOfContents(const std::string& path) {
    PageReader reader(path);
    TableOfContents toc;
    std::set<std::uint32_t> seen;
    walk(reader, 1, 0, seen, toc);
    return toc;
}

std::string standInCell(const StandInTable& table, std::uint64_t rowid) {
    // The record: ("table", name, name, root page as a 4-byte integer, CREATE TABLE ...).
    const std::string_view texts[] = {"table", table.name, table.name};
    std::string types, body;
    for (auto t : texts) {
        putVarint(types, 2 * t.size() + 13);
        body.append(t);
    }
    putVarint(types, 4);
    for (int shift = 24; shift >= 0; shift -= 8)
        body.push_back(static_cast<char>((table.rootPage >> shift) & 0xff));
    putVarint(types, 2 * table.createSql.size() + 13);
    body.append(table.createSql);
    std::string record;
    putVarint(record, types.size() + 1);  // counts itself: one byte while under 127
    record += types + body;
    std::string cell;
    putVarint(cell, record.size());
    putVarint(cell, rowid);
    return cell + record;
}

std::size_t standInCost(const StandInTable& table) { return standInCell(table, 1).size() + 2; }

StandInRoom standInRoom(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (in.gcount() != 100) return {};
    const std::uint32_t size = be16(header + 16);
    const std::uint32_t usable = (size == 1 ? 65536 : size) - header[20];
    if (usable < 480 || usable > 65536) return {};
    // After the file header and the leaf header; one entry also within the largest payload
    // kept on a leaf page (cell pointer included).
    const std::size_t all = usable - 100 - 8;
    return {all, std::min<std::size_t>(all, usable - 35 + 2)};
}

std::uint32_t wholePages(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const auto bytes = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0);
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (in.gcount() != 100) return 0;
    const std::uint32_t size = be16(header + 16);
    return static_cast<std::uint32_t>(bytes / (size == 1 ? 65536 : size));
}

bool writeStandInPage(const std::string& path, const std::vector<StandInTable>& tables) {
    std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
    unsigned char header[100] = {};
    file.read(reinterpret_cast<char*>(header), sizeof header);
    if (file.gcount() != 100 || tables.empty()) return false;
    const std::uint32_t size = be16(header + 16);
    const std::uint32_t pageSize = size == 1 ? 65536 : size;
    const std::uint32_t usable = pageSize - header[20];
    const StandInRoom room = standInRoom(path);
    std::size_t cost = 0;
    for (const auto& t : tables) {
        cost += standInCost(t);
        if (standInCost(t) > room.oneTable) return false;  // would need an overflow page
    }
    if (cost > room.allTables || tables.size() > 0xffff) return false;

    // The page count in the header must not exceed the file, or SQLite refuses it (a file cut
    // short): state what is there.
    const std::uint32_t pages = wholePages(path);
    for (int i = 0; i < 4; ++i) header[28 + i] = static_cast<unsigned char>(pages >> (24 - 8 * i));
    std::string page(pageSize, '\0');
    page.replace(0, 100, reinterpret_cast<const char*>(header), 100);
    const auto put16 = [&](std::size_t at, std::size_t value) {
        page[at] = static_cast<char>((value >> 8) & 0xff);
        page[at + 1] = static_cast<char>(value & 0xff);
    };
    std::size_t contentStart = usable;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const std::string cell = standInCell(tables[i], i + 1);
        contentStart -= cell.size();
        page.replace(contentStart, cell.size(), cell);
        put16(108 + 2 * i, contentStart);  // cell pointers, in rowid order
    }
    page[100] = 0x0D;  // a table leaf
    put16(103, tables.size());
    put16(105, contentStart);
    file.seekp(0);
    file.write(page.data(), static_cast<std::streamsize>(page.size()));
    file.flush();
    return static_cast<bool>(file);
}

}  // namespace crm::store::recovery
