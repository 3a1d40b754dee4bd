#version 330 core
// A filled rectangle with rounded, anti-aliased corners, premultiplied.
in vec2 v_position;
flat in vec4 v_rect;
flat in float v_corner;
flat in vec4 v_fill;

out vec4 o_color;

void main() {
    vec2 center = (v_rect.xy + v_rect.zw) * 0.5;
    vec2 half_size = (v_rect.zw - v_rect.xy) * 0.5;
    vec2 q = abs(v_position - center) - half_size + vec2(v_corner);
    float distance = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - v_corner;
    float coverage = clamp(0.5 - distance, 0.0, 1.0);
    o_color = vec4(v_fill.rgb * v_fill.a, v_fill.a) * coverage;
}
