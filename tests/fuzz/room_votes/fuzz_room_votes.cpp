// libFuzzer entry point for the vote round's requests (room_votes_check.h says what the input
// means and what must hold). Run with `scripts/fuzz fuzz_room_votes`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "room_votes/room_votes_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    crm::fuzz::checkRoomVotesRequests(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
