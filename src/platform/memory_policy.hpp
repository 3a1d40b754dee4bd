// platform/memory_policy.hpp: how the process asks glibc's malloc for memory. Always few arenas.
// A window also has its large blocks (detail levels being built, tiles) mapped on their own, so
// that freeing one gives it back to the system at once instead of raising the heap's high-water
// mark; a batch (export, render) keeps glibc's own threshold, under which the frame-sized buffers
// it frees and asks for again, frame after frame, are reused rather than mapped anew each time.
#pragma once

namespace atlas::platform {

enum class MemoryUse { Window, Batch };

// Call in main before any other thread starts.
void useMemoryPolicy(MemoryUse use);

} // namespace atlas::platform
