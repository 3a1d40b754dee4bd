#version 330 core
// Coverage from the distance to the segment; optional dashes measured in screen pixels.
in vec2 v_local;
in float v_length;
in float v_distance;

uniform vec4 u_color;       // premultiplied
uniform float u_halfWidth;
uniform vec2 u_dash;        // dash and gap lengths in pixels; (0, 0) draws a solid line

out vec4 o_color;

void main() {
    float t = clamp(v_local.x, 0.0, v_length);
    float d = length(vec2(v_local.x - t, v_local.y));
    float coverage = clamp(u_halfWidth + 0.5 - d, 0.0, 1.0);
    if (u_dash.x > 0.0) {
        float position = mod(v_distance + t, u_dash.x + u_dash.y);
        coverage *= clamp(min(position, u_dash.x - position) + 0.5, 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;
    o_color = u_color * coverage;
}
