#pragma once
// A cycle with every deliverable (narratives, cover with a logo, actions, sign-offs) and the
// helpers the deliverables tests share. Needs a QGuiApplication (the logo is made with QImage).
#include <zip.h>
#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>

#include <map>
#include <span>
#include <string>

#include "engine/deliverables/logo_image.h"
#include "report/builder/report_builder.h"
#include "test_assessment.h"

namespace crm::report::testing {

inline constexpr const char* kStep8Narrative =
    "We agreed on **bold** and *italic* targets.\n"
    "\n"
    "- first bullet point\n"
    "- second bullet point\n"
    "\n"
    "1. first numbered step\n"
    "2. second numbered step\n"
    "\n"
    "Keep <script>alert(3)</script> as text.";
inline constexpr const char* kSummaryNarrative = "The room *mostly* agreed with the scores.";

// A 2 x 1 PNG (one red, one blue pixel), made with QImage.
inline std::string tinyPngDataUri() {
    QImage image(2, 1, QImage::Format_RGB32);
    image.setPixel(0, 0, qRgb(200, 0, 0));
    image.setPixel(1, 0, qRgb(0, 0, 200));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    const QByteArray& bytes = buffer.data();
    std::string error;
    auto uri = deliverables::encodeLogo(
        std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(bytes.data()),
                                       static_cast<std::size_t>(bytes.size())),
        &error);
    REQUIRE(uri);
    return *uri;
}

inline Assessment withDeliverables() {
    auto a = makeTestAssessment();
    Cycle& c = a.cycles[0];
    // Costs: a-1 has none of its own and takes resource r-2's initial cost, Money{120000500}
    // = 120,000.50; a-2 7,500; a-3 12,250.25. Total 120,000.50 + 7,500 + 12,250.25 = 139,750.75.
    c.actions = {{{"a-1", ""},
                  "Launch the booking portal",
                  "",
                  "CIO",
                  day(2026, 9, 30),
                  ActionStatus::InProgress,
                  "k-2",
                  "o-1",
                  "r-2",
                  std::nullopt,
                  ""},
                 {{"a-2", ""},
                  "Name an owner per key account",
                  "",
                  "Sales director",
                  day(2026, 5, 31),
                  ActionStatus::Done,
                  "k-1",
                  "o-2",
                  "",
                  Money::fromUnits(7500),
                  ""},
                 {{"a-3", ""},
                  "Merge duplicate customer records",
                  "",
                  "COO",
                  std::nullopt,
                  ActionStatus::NotStarted,
                  "",
                  "",
                  "",
                  Money{12250250},
                  ""}};
    c.cover = {{c.id, ""},
               "Quarterly CRM review",
               "Board of Harbour Instruments",
               "Strategy office",
               "Confidential: board members only",
               tinyPngDataUri()};
    c.narratives = {{{"n-1", ""}, ReportPart::Step8, kStep8Narrative},
                    {{"n-2", ""}, ReportPart::Summary, kSummaryNarrative},
                    {{"n-3", ""}, ReportPart::Closing, "Thank you all."}};
    c.signOffs = {{{"s-1", ""}, "Ada Lindqvist", "Chief executive", day(2026, 4, 10)},
                  {{"s-2", ""}, "Omar Haddad", "Head of service", std::nullopt}};
    return a;
}

inline ReportData deliverablesReport() {
    auto a = withDeliverables();
    return buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
}

inline const Section* sectionById(const ReportData& r, const std::string& id) {
    for (const auto& s : r.sections)
        if (s.id == id) return &s;
    return nullptr;
}

inline std::map<std::string, std::string> unzip(const std::string& bytes) {
    std::map<std::string, std::string> files;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(source);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    REQUIRE(archive);
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        std::string data(st.size, '\0');
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file);
        REQUIRE(zip_fread(file, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(file);
        files[st.name] = data;
    }
    zip_close(archive);
    return files;
}

}  // namespace crm::report::testing
