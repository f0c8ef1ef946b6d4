#include "cli/vote_server_command.h"

#include <fmt/format.h>

#include <atomic>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <thread>
#include <utility>

#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/text_output.h"
#include "platform/interrupt_handler.h"
#include "room_votes/document_vote_sink.h"
#include "room_votes/http/serve_round.h"
#include "room_votes/round_items.h"

namespace crm::cli {

namespace {

void say(const std::string& line) {
    fmt::print("{}\n", line);
    std::fflush(stdout);
}

// "30/1": at most 30 requests per client in any 1 s; "30/3600" for tests that must not depend
// on the machine's speed.
std::optional<std::pair<std::size_t, std::int64_t>> parseRateLimit(const std::string& text) {
    const auto slash = text.find('/');
    if (slash == std::string::npos) return std::nullopt;
    std::size_t count = 0;
    std::int64_t seconds = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    const auto first = std::from_chars(begin, begin + slash, count);
    const auto second = std::from_chars(begin + slash + 1, end, seconds);
    if (first.ec != std::errc{} || first.ptr != begin + slash || second.ec != std::errc{} ||
        second.ptr != end || count == 0 || seconds <= 0 || seconds > 86'400)
        return std::nullopt;
    return std::pair{count, seconds * 1000};
}

// A line "close" on standard input closes the round (a terminal user types it; a test sends it
// instead of waiting for a timer). The reader never blocks the end of the program: it is
// detached and only sets a flag.
std::atomic<bool> closeTyped{false};

void watchInputForClose() {
    std::thread([] {
        std::string line;
        while (std::getline(std::cin, line)) {
            while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
            if (line == "close") closeTyped = true;
        }
    }).detach();
}

}  // namespace

void addVoteServerCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand(
        "vote-server", "Run a vote round for the room's phones (prints the join address)");
    static std::string file, cycle, bind, rateLimit = "30/1";
    static std::vector<std::string> items;
    static room_votes::ServeOptions options;
    command->add_option("FILE", file, "The .crmw document")->required();
    command
        ->add_option("--items", items,
                     "What the room rates, as KIND:FIELD (several allowed): capability:current, "
                     "capability:target, capability:importance, attribute:importance, "
                     "attribute:performance, pain:severity, pain:frequency")
        ->required()
        ->delimiter(',');
    command->add_option("--cycle", cycle,
                        "Cycle to vote in (id or name; default: the current one)");
    command->add_option("--bind", bind,
                        "Address to listen on (default: this computer's address on the local "
                        "network; 127.0.0.1 for this computer only)");
    command->add_option("--port", options.port, "Port to listen on (0: any free port)")
        ->check(CLI::Range(0, 65535));
    command
        ->add_option("--close-after", options.closeAfterSeconds,
                     "Close the round after this many seconds (default: open until Ctrl+C)")
        ->check(CLI::PositiveNumber);
    command
        ->add_option("--linger", options.lingerSeconds,
                     "After closing, keep telling phones the round is closed this many seconds")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--rate-limit", rateLimit,
                        "At most N requests per phone in any SECONDS, as N/SECONDS (default "
                        "30/1)");
    command->callback([&action] {
        action = [] {
            std::vector<room_votes::VotedField> fields;
            for (const auto& item : items) {
                const auto field = room_votes::parseVotedField(item);
                if (!field)
                    throw CommandError(kUsage,
                                       fmt::format("--items '{}': the room cannot vote on that; "
                                                   "use e.g. capability:current",
                                                   item));
                fields.push_back(*field);
            }
            const auto limit = parseRateLimit(rateLimit);
            if (!limit)
                throw CommandError(kUsage, fmt::format("--rate-limit '{}': write N/SECONDS with "
                                                       "whole numbers, e.g. 30/1",
                                                       rateLimit));
            options.limits.requestsPerWindow = limit->first;
            options.limits.rateWindowMs = limit->second;
            auto document = openForChange(file);
            const Cycle& chosen = cycleArgument(document.assessment(), cycle, "--cycle");
            const EntityId cycleId = chosen.id;
            std::vector<room_votes::RoundItem> questions;
            const auto levels = room_votes::capabilityLevelTexts();
            for (const auto& field : fields)
                for (auto& q : room_votes::roundItems(chosen, field, levels))
                    questions.push_back(std::move(q));
            if (questions.empty())
                throw CommandError(kUsage,
                                   "--items: the cycle has no items of that kind to vote on");

            room_votes::DocumentVoteSink sink(document, cycleId);
            room_votes::VoteRound round(std::move(questions), room_votes::roundPeople(chosen), sink,
                                        room_votes::secureRandomBytes);
            options.bind = bind;
            platform::InterruptHandler interrupt;
            room_votes::ServeEvents events;
            events.listening = [&round](const std::string& url, const std::string& address) {
                say("Join: " + url);
                say(fmt::format("Or open {} and type the code {}", address, round.joinCode()));
                say(fmt::format("{} items; type close or press Ctrl+C to close the round.",
                                round.items().size()));
            };
            events.closed = [] { say("The round is closed."); };
            events.stopRequested = [] { return platform::interruptRequested(); };
            events.closeRequested = [] { return closeTyped.load(); };
            watchInputForClose();
            try {
                room_votes::serveRound(round, options, events);
            } catch (const std::invalid_argument& e) {
                throw CommandError(kUsage, e.what());
            } catch (const std::runtime_error& e) {
                throw CommandError(kFailed, e.what());
            }
            round.close();
            say(fmt::format("{} from {} are in {}.",
                            counted(round.answerCount(), "answer", "answers"),
                            counted(round.voterCount(), "person", "people"), file));
            return int{kOk};
        };
    });
}

}  // namespace crm::cli
