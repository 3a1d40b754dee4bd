#version 330 core
// A filled disc with a one-pixel outline, anti-aliased, premultiplied.
in vec2 v_offset;
flat in float v_radius;
flat in vec4 v_fill;
flat in vec4 v_outline;

out vec4 o_color;

void main() {
    float d = length(v_offset);
    float outer = clamp(v_radius + 0.5 - d, 0.0, 1.0);
    float inner = clamp(v_radius - 0.7 - d, 0.0, 1.0);
    vec4 fill = vec4(v_fill.rgb * v_fill.a, v_fill.a);
    vec4 outline = vec4(v_outline.rgb * v_outline.a, v_outline.a);
    vec4 color = mix(outline, fill, inner);
    if (outer <= 0.0) discard;
    o_color = color * outer;
}
