//! Spanish.

use super::{two_forms, Messages};

pub const RIGHT_TO_LEFT: bool = false;

pub static MESSAGES: Messages = Messages {
    search_label: "Buscar puestos",
    search_placeholder: "Título, habilidad o tarea",
    skills_legend: "Habilidades y conocimientos",
    clear_filters: "Quitar todos los filtros",
    count: two_forms("{shown} de {total} puesto", "{shown} de {total} puestos"),
    chip_roles: two_forms(" puesto", " puestos"),
    details: "Detalles",
    responsibilities: "Responsabilidades",
    links: "Enlaces",
    show_more: "Mostrar {page} más ({hidden} aún sin mostrar)",
    empty_title: "Ningún puesto coincide con {asked}.",
    empty_query: "«{query}»",
    empty_skills: "las habilidades {skills}",
    empty_with: " y ",
    empty_hint:
        "Pruebe con menos palabras o más cortas, revise la ortografía o quite una habilidad.",
    notices_label: "Problemas de configuración",
    notices_title: "No se pudieron usar algunos ajustes o datos de este widget:",
    fault_title: "No se pudieron mostrar los puestos: {reason}.",
    fault_more: "…y {more} más (la consola del navegador los muestra todos).",
    try_again: "Reintentar",
    loading: "Cargando puestos…",
    source: "Fuente: ",
    source_by: ", de {author}",
    sort_label: "Ordenar por",
    sort_relevance: "Mejor coincidencia",
    sort_title: "Título (A–Z)",
    other_skills: "Otras habilidades",
    compare: "Comparar",
    comparing: two_forms("Comparando {count} puesto", "Comparando {count} puestos"),
    compare_hint: "Elija de uno a tres puestos más para compararlos lado a lado.",
    stop_comparing: "Dejar de comparar",
    shared_by_all: "Habilidades que todos requieren",
    none_shared: "Ninguna habilidad es común a todos.",
    only_this_role: "Solo este puesto",
    shared_with_shown: "Habilidades en común con otros puestos mostrados",
};
