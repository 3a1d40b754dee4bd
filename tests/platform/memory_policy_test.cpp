// tests/platform/memory_policy_test.cpp: what the window's memory policy changes in glibc's malloc:
// a large block freed and asked for again is mapped anew (its pages go back to the system when
// freed) instead of coming from the heap once the first one was freed. Not under AddressSanitizer,
// whose allocator ignores mallopt.
#include <doctest/doctest.h>
#include <malloc.h>

#include <cstdlib>
#include <cstring>

#include "platform/memory_policy.hpp"

namespace {

constexpr std::size_t kLarge = 4 << 20; // a detail level's vertex array

void* volatile escaped = nullptr; // keeps the compiler from eliding the allocations

void* touched(std::size_t bytes) {
    void* block = std::malloc(bytes);
    std::memset(block, 1, bytes);
    escaped = block;
    return block;
}

// How many more bytes are in blocks mapped on their own while a large block is held, after one
// of the same size was freed.
std::size_t mappedOnReuse() {
    std::free(touched(kLarge)); // by default glibc raises its threshold to this size here
    std::size_t before = mallinfo2().hblkhd;
    void* second = touched(kLarge);
    std::size_t after = mallinfo2().hblkhd;
    std::free(second);
    return after - before;
}

} // namespace

#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("under the window's policy a large block is mapped on its own, even after one was freed") {
    atlas::platform::useMemoryPolicy(atlas::platform::MemoryUse::Window);
    CHECK(mappedOnReuse() >= kLarge);
}
#endif
