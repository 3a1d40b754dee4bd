#version 330 core
// Anti-aliased lines of a width in screen pixels: each instance is one segment (a vertex and the
// next), expanded here into a quad around its capsule (round ends make round joins).
layout(location = 0) in vec2 a_p0;
layout(location = 1) in vec2 a_p1;
layout(location = 2) in float a_distance; // metres along the line at p0, for dashes

uniform vec2 u_center;
uniform float u_pixelsPerMetre;
uniform vec2 u_viewport;
uniform float u_halfWidth;                // pixels

out vec2 v_local;      // pixels along and across the segment, from p0
out float v_length;    // segment length in pixels
out float v_distance;  // pixels along the line at p0

const float kBreak = 1e29; // coordinates beyond this mark the break between two lines

void main() {
    if (abs(a_p0.x) > kBreak || abs(a_p1.x) > kBreak) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: nothing drawn
        v_local = vec2(0.0);
        v_length = 0.0;
        v_distance = 0.0;
        return;
    }
    vec2 s0 = (a_p0 - u_center) * u_pixelsPerMetre;
    vec2 s1 = (a_p1 - u_center) * u_pixelsPerMetre;
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float reach = u_halfWidth + 1.0;
    float along = (gl_VertexID == 0 || gl_VertexID == 1) ? -reach : len + reach;
    float across = (gl_VertexID == 0 || gl_VertexID == 2) ? -reach : reach;
    vec2 position = s0 + dir * along + normal * across;
    v_local = vec2(along, across);
    v_length = len;
    v_distance = a_distance * u_pixelsPerMetre;
    gl_Position = vec4(position / (u_viewport * 0.5), 0.0, 1.0);
}
