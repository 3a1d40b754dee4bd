// platform/memory_policy.cpp: mallopt settings.
#include "platform/memory_policy.hpp"

#include <malloc.h>

namespace atlas::platform {

namespace {

// glibc raises its mapping threshold to the size of each mapped block freed (up to 32 MB), after
// which a detail level's vertex arrays of a few MB come from the heap and stay held when freed.
// A fixed threshold keeps them mapped; blocks under it (a frame's vertices, labels) stay on the heap.
constexpr int kMappedFromBytes = 1 << 20;

} // namespace

void useMemoryPolicy(MemoryUse use) {
    mallopt(M_ARENA_MAX, 2); // mesh-building threads share two arenas rather than holding one each
    if (use == MemoryUse::Window) mallopt(M_MMAP_THRESHOLD, kMappedFromBytes);
}

} // namespace atlas::platform
