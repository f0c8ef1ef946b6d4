#include "engine/text/translations.h"

#include <fmt/format.h>

#include <memory>

#include "engine/text/embedded_po_files.h"
#include "engine/text/po_file.h"

namespace crm::text {
namespace {

std::string keyOf(std::string_view domain, bool hasContext, std::string_view context,
                  std::string_view english) {
    std::string key;
    key.reserve(domain.size() + context.size() + english.size() + 2);
    key.append(domain).push_back('\x1f');
    if (hasContext) key.append(context).push_back('\x04');
    key.append(english);
    return key;
}

std::vector<Translations::Source> embeddedSources(std::string_view language,
                                                  std::vector<std::string>& names) {
    std::vector<Translations::Source> sources;
    for (std::size_t i = 0; i < kEmbeddedPoFileCount; ++i) {
        const EmbeddedPoFile& file = kEmbeddedPoFiles[i];
        if (language != file.language) continue;
        names.push_back(fmt::format("translations/{}/{}.po", file.domain, file.language));
    }
    std::size_t name = 0;
    for (std::size_t i = 0; i < kEmbeddedPoFileCount; ++i) {
        const EmbeddedPoFile& file = kEmbeddedPoFiles[i];
        if (language != file.language) continue;
        sources.push_back({file.domain, names[name++], std::string_view(file.content, file.size)});
    }
    return sources;
}

std::unique_ptr<Translations> loadEmbedded(std::string_view language) {
    std::vector<std::string> names;
    const auto sources = embeddedSources(language, names);
    try {
        return std::make_unique<Translations>(std::string(language), sources);
    } catch (const PoSyntaxError&) {
        // A broken catalog must not stop a report; the test over the embedded files
        // (tests/engine/text) names the file and line.
        return std::make_unique<Translations>(std::string(language),
                                              std::vector<Translations::Source>{});
    }
}

}  // namespace

Translations::Translations(std::string language, const std::vector<Source>& files)
    : language_(std::move(language)) {
    for (const Source& file : files) {
        for (PoEntry& entry : parsePo(file.content, file.fileName)) {
            if (entry.fuzzy || entry.english.empty()) continue;  // fuzzy, or the header
            bool complete = !entry.translations.empty();
            for (const std::string& translation : entry.translations)
                complete = complete && !translation.empty();
            if (!complete) continue;
            translations_.insert_or_assign(
                keyOf(file.domain, entry.hasContext, entry.context, entry.english),
                std::move(entry.translations));
        }
    }
}

const Translations& Translations::forLanguage(std::string_view language) {
    // Built once on first use; static initialisation is thread-safe.
    static const std::map<std::string, std::unique_ptr<Translations>, std::less<>> all = [] {
        std::map<std::string, std::unique_ptr<Translations>, std::less<>> loaded;
        for (const std::string& code : availableLanguages())
            loaded.emplace(code, code == "en"
                                     ? std::make_unique<Translations>(code, std::vector<Source>{})
                                     : loadEmbedded(code));
        return loaded;
    }();
    const auto found = all.find(language);
    return found != all.end() ? *found->second : *all.at("en");
}

const std::vector<std::string>* Translations::find(std::string_view domain, bool hasContext,
                                                   std::string_view context,
                                                   std::string_view english) const {
    if (translations_.empty()) return nullptr;
    const auto found = translations_.find(keyOf(domain, hasContext, context, english));
    return found != translations_.end() ? &found->second : nullptr;
}

std::string_view Translations::text(std::string_view domain, std::string_view english) const {
    const auto* found = find(domain, false, {}, english);
    return found ? std::string_view(found->front()) : english;
}

std::string_view Translations::text(std::string_view domain, std::string_view context,
                                    std::string_view english) const {
    const auto* found = find(domain, true, context, english);
    return found ? std::string_view(found->front()) : english;
}

std::string_view Translations::plural(std::string_view domain, std::string_view singular,
                                      std::string_view plural, long long n) const {
    const std::size_t form = n == 1 ? 0 : 1;
    const auto* found = find(domain, false, {}, singular);
    if (found && found->size() > form) return (*found)[form];
    return form == 0 ? singular : plural;
}

std::vector<std::string> availableLanguages() { return {"en", "de"}; }

}  // namespace crm::text
