// render/tessellator.cpp: GLU tessellation forced to plain triangles by the edge-flag callback.
#include "render/tessellator.hpp"

#include <GL/glu.h>

#include <array>
#include <deque>
#include <memory>

namespace atlas::render {

namespace {

struct TessState {
    std::vector<core::Vec2>* out;
    std::deque<std::array<GLdouble, 3>> created; // vertices the tessellator added at crossings
};

void onVertex(void* vertex, void* user) {
    auto* state = static_cast<TessState*>(user);
    auto* p = static_cast<GLdouble*>(vertex);
    state->out->push_back({p[0], p[1]});
}

void onCombine(GLdouble coords[3], void*[4], GLfloat[4], void** result, void* user) {
    auto* state = static_cast<TessState*>(user);
    state->created.push_back({coords[0], coords[1], 0});
    *result = state->created.back().data();
}

void onEdgeFlag(GLboolean, void*) {}
void onBegin(GLenum, void*) {}
void onEnd(void*) {}

struct TessDeleter {
    void operator()(GLUtesselator* t) const { gluDeleteTess(t); }
};

} // namespace

void tessellate(const core::Polygon& polygon, std::vector<core::Vec2>& out) {
    static thread_local std::unique_ptr<GLUtesselator, TessDeleter> tess(gluNewTess());
    using Callback = void (*)();
    gluTessCallback(tess.get(), GLU_TESS_VERTEX_DATA, reinterpret_cast<Callback>(onVertex));
    gluTessCallback(tess.get(), GLU_TESS_COMBINE_DATA, reinterpret_cast<Callback>(onCombine));
    gluTessCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<Callback>(onEdgeFlag));
    gluTessCallback(tess.get(), GLU_TESS_BEGIN_DATA, reinterpret_cast<Callback>(onBegin));
    gluTessCallback(tess.get(), GLU_TESS_END_DATA, reinterpret_cast<Callback>(onEnd));
    gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(tess.get(), 0, 0, 1);

    std::vector<std::array<GLdouble, 3>> coords;
    for (const core::Ring& ring : polygon.rings) coords.reserve(coords.size() + ring.size());
    for (const core::Ring& ring : polygon.rings)
        for (core::Vec2 p : ring) coords.push_back({p.x, p.y, 0});

    TessState state{&out, {}};
    std::size_t start = out.size();
    gluTessBeginPolygon(tess.get(), &state);
    std::size_t k = 0;
    for (const core::Ring& ring : polygon.rings) {
        gluTessBeginContour(tess.get());
        for (std::size_t i = 0; i < ring.size(); ++i, ++k) gluTessVertex(tess.get(), coords[k].data(), coords[k].data());
        gluTessEndContour(tess.get());
    }
    gluTessEndPolygon(tess.get());
    out.resize(start + (out.size() - start) / 3 * 3);
}

} // namespace atlas::render
