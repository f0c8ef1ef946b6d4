#include "cli/command_registry.h"

namespace crm::cli {

void registerCommands(CLI::App& app, CommandAction& action) {
    addDocumentCommands(app, action);
}

}  // namespace crm::cli
