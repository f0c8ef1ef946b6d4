#include "cli/vote_server_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>

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

}  // namespace

void addVoteServerCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand(
        "vote-server", "Run a vote round for the room's phones (prints the join address)");
    static std::string file, cycle, bind;
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
                say(fmt::format("{} items; press Ctrl+C to close the round.",
                                round.items().size()));
            };
            events.closed = [] { say("The round is closed."); };
            events.stopRequested = [] { return platform::interruptRequested(); };
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
