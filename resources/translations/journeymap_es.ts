<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../journeymap_desktop/ui/review/authorprompt.py" line="+23"/>
        <source>Your name on comments</source>
        <translation>Su nombre en los comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleagues read this name next to your comments and replies. You can change it later in Preferences.</source>
        <translation>Sus colegas leerán este nombre junto a sus comentarios y respuestas. Puede cambiarlo más adelante en Preferencias.</translation>
    </message>
</context>
<context>
    <name>ColorBinding</name>
    <message>
        <location filename="../../journeymap_desktop/ui/fields.py" line="+240"/>
        <source>Other colour…</source>
        <extracomment>Colours offered as one-click swatches (cards, stages, lanes, personas). Widgets people type into keep their text while focused; clicks (checkboxes, choices) show the document&apos;s value at once.</extracomment>
        <translation>Otro color…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a colour</source>
        <translation>Elige un color</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../journeymap_desktop/ui/labels.py" line="+13"/>
        <source>Edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit map</source>
        <translation>editar el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit scope</source>
        <translation>editar el alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit persona</source>
        <translation>editar la buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit stage</source>
        <translation>editar la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit lane</source>
        <translation>editar el carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit card</source>
        <translation>editar la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit picture</source>
        <translation>editar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit curve</source>
        <translation>editar la curva</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move</source>
        <translation>mover</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add card</source>
        <translation>añadir tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cards</source>
        <translation>añadir tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add picture</source>
        <translation>añadir imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete card</source>
        <translation>eliminar tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move card</source>
        <translation>mover tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move cards</source>
        <translation>mover tarjetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate card</source>
        <translation>duplicar tarjeta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Duplicate</source>
        <translation>duplicar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge import</source>
        <translation>fusionar importación</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add persona</source>
        <translation>añadir buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete persona</source>
        <translation>eliminar buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image</source>
        <translation>añadir imagen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Add stage</source>
        <translation>añadir etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete stage</source>
        <translation>eliminar etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage</source>
        <translation>mover etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate stage</source>
        <translation>duplicar etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lane</source>
        <translation>añadir carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete lane</source>
        <translation>eliminar carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move lane</source>
        <translation>mover carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate lane</source>
        <translation>duplicar carril</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set engagement</source>
        <translation>cambiar el engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set impact and effort</source>
        <translation>cambiar impacto y esfuerzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit text</source>
        <translation>editar el texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set metric</source>
        <translation>cambiar la métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set channels</source>
        <translation>cambiar los canales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add curve</source>
        <translation>añadir curva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete curve</source>
        <translation>eliminar curva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload from disk</source>
        <translation>recargar desde el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting</source>
        <translation>votación por puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear votes</source>
        <translation>borrar los votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add comment</source>
        <translation>añadir comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete comment</source>
        <translation>eliminar comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit comment</source>
        <translation>editar comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve comment</source>
        <translation>resolver comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen comment</source>
        <translation>reabrir comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit reply</source>
        <translation>editar respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete reply</source>
        <translation>eliminar respuesta</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Clear value</source>
        <translation>borrar el valor</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Set value</source>
        <translation>cambiar el valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear emotion</source>
        <translation>borrar la emoción</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Set emotion</source>
        <translation>cambiar la emoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit emotion label</source>
        <translation>editar la etiqueta de la emoción</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Rename stage</source>
        <translation>renombrar etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename lane</source>
        <translation>renombrar carril</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit title</source>
        <translation>editar el título</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste</source>
        <translation>pegar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set photo</source>
        <translation>poner foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>quitar foto</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Colour cards</source>
        <translation>colorear tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set severity</source>
        <translation>cambiar la gravedad</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Rename</source>
        <translation>renombrar</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+61"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it was: after “%1”</source>
        <translation>dónde estaba: después de “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it was: before “%1”</source>
        <translation>dónde estaba: antes de “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with another version</source>
        <translation>Comparar con otra versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maps are the same.</source>
        <translation>Los mapas son iguales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes from “%1” to this map</source>
        <translation>Cambios de “%1” a este mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not on the map shown)</source>
        <translation>(no está en el mapa mostrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey maps (*%1)</source>
        <translation>Mapas de experiencia (*%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>movido</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location line="+1"/>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olour</source>
        <translation>C&amp;olor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moment of truth</source>
        <translation>&amp;Momento de la verdad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default colour</source>
        <translation>Color predeterminado</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity / impact</source>
        <translation>&amp;Gravedad / impacto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Insert stage before</source>
        <translation>Insertar etapa antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert stage after</source>
        <translation>Insertar etapa después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert lane before</source>
        <translation>Insertar carril antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert lane after</source>
        <translation>Insertar carril después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add card here</source>
        <translation>Añadir tarjeta aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add picture here…</source>
        <translation>Añadir imagen aquí…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels…</source>
        <translation>Canales…</translation>
    </message>
</context>
<context>
    <name>Deliverables</name>
    <message>
        <location line="+2"/>
        <source>&amp;Web page (HTML)…</source>
        <translation>Página &amp;web (HTML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file to send: zoom, search, click cards; opens in any browser, offline</source>
        <translation>Un solo archivo para enviar: acercar, buscar, pulsar tarjetas; se abre en cualquier navegador, sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PowerPoint deck (PPTX)…</source>
        <translation>Presentación de &amp;PowerPoint (PPTX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editable slides: title, overview, one slide per stage with its cards and chart</source>
        <translation>Diapositivas editables: portada, vista general, una por etapa con sus tarjetas y gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide</source>
        <translation>1 diapositiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export web page</source>
        <translation>Exportar página web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PowerPoint deck</source>
        <translation>Exportar presentación de PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>Presentación de PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 slides</source>
        <translation>%1 diapositivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 (%2)</source>
        <translation>Exportado %1 (%2)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export failed</source>
        <translation>No se ha podido exportar</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../journeymap_desktop/ui/app.py" line="+212"/>
        <source>Open journey map</source>
        <extracomment>Opening in steps: between two steps the event loop runs (input, repaints). The welcome window, while it is up (start-up without a map to open). Maps saved in this session: their snapshots are taken at quit (ui/aftersave.py). The recent-files list changed and is not written yet (see :meth:`remember`).</extracomment>
        <translation>Abrir mapa de experiencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey maps (*%1)</source>
        <translation>Mapas de experiencia (*%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open the map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../journeymap_desktop/ui/controller.py" line="+264"/>
        <source>Deleted stage &apos;%1&apos; — Ctrl+Z brings it back</source>
        <extracomment>The current target changed (relayed from ``selection.targetChanged``). The name the inspector and the outline use.</extracomment>
        <translation>Etapa «%1» eliminada — Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted stage &apos;%1&apos; with 1 card — Ctrl+Z brings it back</source>
        <translation>Etapa «%1» eliminada con 1 tarjeta — Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted stage &apos;%1&apos; with %2 cards — Ctrl+Z brings it back</source>
        <translation>Etapa «%1» eliminada con %2 tarjetas — Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="-46"/>
        <source>Choose a cell to paste into first.</source>
        <translation>Elige antes una celda donde pegar.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nothing to paste into this cell.</source>
        <translation>No hay nada que pegar en esta celda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These items cannot go into this lane.</source>
        <translation>Estos elementos no pueden ir en este carril.</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The picture was reduced from %1 to %2 pixels for the poster (Preferences keep originals).</source>
        <translation>La imagen se ha reducido de %1 a %2 píxeles para el póster (en Preferencias se pueden conservar los originales).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is too large to be an image for a map.</source>
        <translation>%1 es demasiado grande para ser una imagen del mapa.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journeymap_desktop/ui/dialogs.py" line="+51"/>
        <source>Export PDF poster</source>
        <extracomment>Room beside a title in a window manager&apos;s title bar (its buttons and margins).</extracomment>
        <translation>Exportar póster PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit the map (its own size)</source>
        <translation>Ajustada al mapa (su propio tamaño)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whichever prints larger</source>
        <translation>La que imprima más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One sheet</source>
        <translation>Una sola hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiled on A4 sheets</source>
        <translation>En mosaico de hojas A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiled on Letter sheets</source>
        <translation>En mosaico de hojas Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="-155"/>
        <source>Double-click the canvas to add or rename; drag headers to reorder.</source>
        <translation>Haz doble clic en el lienzo para añadir o renombrar; arrastra las cabeceras para reordenar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Journey map</source>
        <translation>Mapa de experiencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Persona</source>
        <translation>Buyer persona</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storyboard picture</source>
        <translation>Imagen del storyboard</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Emotion curve</source>
        <translation>Curva de emociones</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Drag a point up or down (Shift for finer steps), or press + and − on a focused cell.</source>
        <translation>Arrastra un punto hacia arriba o hacia abajo (Mayús para pasos más finos), o pulsa + y − en una celda seleccionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Author</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map language</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product or service</source>
        <translation>Producto o servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the persona&apos;s name</source>
        <translation>el nombre de la buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing selected</source>
        <translation>No hay nada seleccionado</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Default colour</source>
        <translation>Color por defecto</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Main persona</source>
        <translation>Buyer persona principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add persona</source>
        <translation>Añadir buyer persona</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>very bad</source>
        <translation>muy mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Collapsed on the canvas</source>
        <translation>Plegado en el lienzo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. visitors, %, €</source>
        <translation>p. ej. visitantes, %, €</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>to be</source>
        <translation>deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as is</source>
        <translation>actual</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>comma, separated</source>
        <translation>separadas, por, comas</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Enter adds a card · F2 or typing edits · Ctrl+K picks colour, channel, severity · arrows move · Ctrl+arrows move cards · Delete removes</source>
        <translation>Intro añade una tarjeta · F2 o escribir edita · Ctrl+K elige color, canal, gravedad · las flechas mueven · Ctrl+flechas mueven tarjetas · Supr elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter adds pictures (or drop image files here) · F2 edits a caption · Delete removes</source>
        <translation>Intro añade imágenes (o suelte aquí archivos de imagen) · F2 edita un pie · Supr elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or typing edits the text · Shift+Enter starts a new line · arrows move</source>
        <translation>Intro o escribir edita el texto · Mayús+Intro empieza una línea nueva · las flechas mueven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or typing a number edits the value · Delete clears it · arrows move</source>
        <translation>Intro o escribir un número edita el valor · Supr lo borra · las flechas mueven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter picks the channels · Delete clears them · arrows move</source>
        <translation>Intro elige los canales · Supr los borra · las flechas mueven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … 5 set the level · + and − raise or lower it · arrows move</source>
        <translation>1 … 5 fijan el nivel · + y − lo suben o bajan · las flechas mueven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ and − raise or lower the point · Enter edits its label · drag the curve</source>
        <translation>+ y − suben o bajan el punto · Intro edita su etiqueta · arrastre la curva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. phone, laptop</source>
        <translation>p. ej. móvil, portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · low</source>
        <translation>%1 · bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · medium</source>
        <translation>%1 · medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · high</source>
        <translation>%1 · alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low · not rated 1–5</source>
        <translation>Bajo · sin valorar (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium · not rated 1–5</source>
        <translation>Medio · sin valorar (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High · not rated 1–5</source>
        <translation>Alto · sin valorar (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Impact (1–5)</source>
        <translation>Impacto (1–5)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Effort (1–5)</source>
        <translation>Esfuerzo (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor / role</source>
        <translation>Actor / rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail point</source>
        <translation>Punto de fallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No waiting time</source>
        <translation>Sin espera</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>image missing</source>
        <translation>falta la imagen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Severity / impact</source>
        <translation>Gravedad / impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Frustrated</source>
        <translation>p. ej. Frustrada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No persona</source>
        <translation>Sin buyer persona</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>One per line</source>
        <translation>Una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make main persona</source>
        <translation>Hacer principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete persona</source>
        <translation>Eliminar buyer persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Move</source>
        <translation>◀ Mover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move ▶</source>
        <translation>Mover ▶</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>▲ Move</source>
        <translation>▲ Mover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move ▼</source>
        <translation>Mover ▼</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: as is</source>
        <translation>%1: actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: to be</source>
        <translation>%1: deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add curve</source>
        <translation>Añadir curva</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Delete curve</source>
        <translation>Eliminar curva</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>As is (today)</source>
        <translation>Actual (hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be (desired)</source>
        <translation>Deseada (objetivo)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>As the channel</source>
        <translation>Según el canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add curve </source>
        <translation>Añadir curva </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add picture…</source>
        <translation>Añadir imagen…</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <location line="+8"/>
        <source>&amp;Import OpenJourney or CSV…</source>
        <translation>Importar &amp;OpenJourney o CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A map from Ptolemy (.ojf) or a spreadsheet of cards (.csv): new map or merge</source>
        <translation>Un mapa de Ptolemy (.ojf) o una hoja de cálculo de tarjetas (.csv): como mapa nuevo o fusionado con este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;as</source>
        <translation>E&amp;xportar como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards for a spreadsheet (CSV)…</source>
        <translation>Tarjetas para hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline for documents (Markdown)…</source>
        <translation>Esquema para documentos (Markdown)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenJourney for Ptolemy (.ojf)…</source>
        <translation>OpenJourney para Ptolemy (.ojf)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenJourney or CSV (*.ojf *.json *.csv *.tsv *.txt);;OpenJourney (*.ojf *.json);;CSV (*.csv *.tsv *.txt)</source>
        <translation>OpenJourney o CSV (*.ojf *.json *.csv *.tsv *.txt);;OpenJourney (*.ojf *.json);;CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it as a new map</source>
        <translation>Abrirlo como un mapa nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import the file</source>
        <translation>No se puede importar el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was converted, and how:</source>
        <translation>Qué se ha convertido, y cómo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>No se ha podido exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge it into “%1”</source>
        <translation>Fusionarlo con «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this map</source>
        <translation>este mapa</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../journeymap_desktop/ui/keymap.py" line="+60"/>
        <source>File</source>
        <extracomment>A window action (menu item): works wherever the focus is, except while typing in place. The canvas, when it has the focus and nothing is being typed in place. The in-place editor, while typing. The canvas during a dot vote (``ui/voting/tool.py``); arrows and Escape stay the canvas&apos;s. Present mode (F5), before the canvas (``ui/present/presenter.py``). A side panel (inspector, outline), for the keys its fields leave unused. Mouse and touchpad gestures: listed, handled by the view itself.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typing in place</source>
        <translation>Escribir en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving around</source>
        <translation>Moverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>new map from a template</source>
        <translation>mapa nuevo desde una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a map</source>
        <translation>abrir un mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save as</source>
        <translation>guardar como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the PDF poster</source>
        <translation>exportar el póster en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export an image (PNG)</source>
        <translation>exportar una imagen (PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare with another version: what changed, marked on the map and listed</source>
        <translation>comparar con otra versión: lo que ha cambiado, marcado en el mapa y en una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File menu</source>
        <translation>menú Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the window</source>
        <translation>cerrar la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo (typing in one card is one step)</source>
        <translation>deshacer (lo escrito en una tarjeta es un solo paso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut the selected cards and pictures</source>
        <translation>cortar las tarjetas e imágenes seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the selected cards and pictures</source>
        <translation>copiar las tarjetas e imágenes seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paste into the focused cell (cards, pictures, an image, lines of text)</source>
        <translation>pegar en la celda activa (tarjetas, imágenes, una imagen, líneas de texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate the selection (or the stage, lane)</source>
        <translation>duplicar la selección (o la etapa, el carril)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete the selection (or the selected stage, lane, curve, persona)</source>
        <translation>eliminar la selección (o la etapa, el carril, la curva o la persona seleccionados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select every card of the focused lane</source>
        <translation>seleccionar todas las tarjetas del carril activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferences</source>
        <translation>preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear the selection, then the focused cell</source>
        <translation>quitar la selección, después la celda activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what can be done with the selected thing (also a right-click)</source>
        <translation>lo que se puede hacer con lo seleccionado (también con clic derecho)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quick pick: channel, severity, colour, moment of truth of the selected card</source>
        <translation>elección rápida: canal, gravedad, color, momento de la verdad de la tarjeta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the quick pick: C channel, S severity, O colour, M moment of truth, then the entry&apos;s number (Ctrl+K C 3: e-mail)</source>
        <translation>en la selección rápida: C canal, G gravedad, O color, M momento de la verdad, y luego el número de la opción (Ctrl+K C 3: correo electrónico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C, S, O, M, 1 … 9</source>
        <translation>C, G, O, M, 1 … 9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the inspector: back to the map (the next typing reaches it)</source>
        <translation>en el inspector: volver al mapa (lo siguiente que se escriba llega a él)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the focused stage&apos;s emotion (or engagement)</source>
        <translation>subir la emoción (o el engagement) de la etapa activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower the focused stage&apos;s emotion (or engagement)</source>
        <translation>bajar la emoción (o el engagement) de la etapa activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>engagement level of the focused stage</source>
        <translation>nivel de engagement de la etapa activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 … 5</source>
        <translation>1 … 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a card in the focused cell (or edit what the cell holds)</source>
        <translation>añadir una tarjeta en la celda activa (o editar lo que contiene)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>typing edits the selected card, or starts a card in an empty cell</source>
        <translation>escribir edita la tarjeta seleccionada, o empieza una tarjeta en una celda vacía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typing</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename: edit the selected card, stage, lane or the map title, all of it selected</source>
        <translation>renombrar: editar la tarjeta, etapa, carril o el título del mapa, con todo el texto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish typing (Enter again adds the next card)</source>
        <translation>terminar de escribir (otro Intro añade la tarjeta siguiente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new line in a text cell</source>
        <translation>nueva línea en una celda de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish and go to the next (previous) cell</source>
        <translation>terminar e ir a la celda siguiente (anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave (a new card left empty disappears)</source>
        <translation>salir (una tarjeta nueva que quede vacía desaparece)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo the typing; with nothing typed left to undo, leave and undo the map&apos;s last step (a new empty card is taken back)</source>
        <translation>deshacer lo escrito; sin nada escrito que deshacer, salir y deshacer el último paso del mapa (una tarjeta nueva vacía se retira)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move between cards and cells</source>
        <translation>moverse entre tarjetas y celdas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next cell</source>
        <translation>celda siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous cell</source>
        <translation>celda anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the selected cards (within the cell, or to the next stage)</source>
        <translation>mover las tarjetas seleccionadas (dentro de la celda, o a la etapa siguiente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+flechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the outline: move the stage or lane up (left)</source>
        <translation>en el esquema: mover la etapa o el carril arriba (a la izquierda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the outline: move the stage or lane down (right)</source>
        <translation>en el esquema: mover la etapa o el carril abajo (a la derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan the map</source>
        <translation>desplazar el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel, Shift+wheel, Space+drag, middle drag</source>
        <translation>Rueda, Mayús+rueda, Espacio+arrastrar, arrastrar con el botón central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a stage after the current one</source>
        <translation>añadir una etapa después de la actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a card in the focused cell</source>
        <translation>añadir una tarjeta en la celda activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a picture to a storyboard cell</source>
        <translation>añadir una imagen a una celda del storyboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a review comment on what is selected (the Review panel)</source>
        <translation>escribir un comentario de revisión sobre lo seleccionado (panel de revisión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zoom in</source>
        <translation>acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom out</source>
        <translation>alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom where the pointer is</source>
        <translation>zoom donde está el puntero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel, pinch</source>
        <translation>Ctrl+rueda, pellizcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fit the whole map in the window</source>
        <translation>ajustar todo el mapa a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual size (100 %)</source>
        <translation>tamaño real (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full screen</source>
        <translation>pantalla completa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>present mode: full screen, one stage at a time, text for the back of the room</source>
        <translation>modo presentación: pantalla completa, una etapa cada vez, texto legible desde el fondo de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next stage</source>
        <translation>etapa siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous stage</source>
        <translation>etapa anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: next stage</source>
        <translation>modo presentación: etapa siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: previous stage</source>
        <translation>modo presentación: etapa anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: first stage</source>
        <translation>modo presentación: primera etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: last stage</source>
        <translation>modo presentación: última etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present mode: the whole map, and back to the stage</source>
        <translation>modo presentación: el mapa entero, y de vuelta a la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: set the time box</source>
        <translation>modo presentación: fijar el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: pause or resume the time box</source>
        <translation>modo presentación: pausar o reanudar el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present mode: leave (one press)</source>
        <translation>modo presentación: salir (una pulsación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time box: type minutes (5, 2.5, 1:30), Enter starts; 0 clears</source>
        <translation>tiempo: escribe minutos (5, 2,5, 1:30), Intro empieza; 0 lo quita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause or resume the time box</source>
        <translation>pausar o reanudar el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot voting: start a vote on chosen lanes, or close it and show the results</source>
        <translation>votación por puntos: empezar una votación en los carriles elegidos, o cerrarla y mostrar los resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during a vote: a dot on the focused card (or click the card)</source>
        <translation>durante una votación: un punto en la tarjeta enfocada (o clic en la tarjeta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during a vote: take a dot back from the focused card (or Shift+click)</source>
        <translation>durante una votación: retirar un punto de la tarjeta enfocada (o Mayús+clic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during a vote: next participant</source>
        <translation>durante una votación: siguiente participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during a vote: previous participant</source>
        <translation>durante una votación: participante anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the voting results (ranked cards)</source>
        <translation>mostrar los resultados de la votación (tarjetas por orden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Workshop menu</source>
        <translation>menú Taller</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>clear every vote of the map</source>
        <translation>borrar todos los votos del mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this list of keys</source>
        <translation>esta lista de teclas</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <location filename="../../journeymap_desktop/ui/lanenames.py" line="+13"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinks and feels</source>
        <translation>Piensa y siente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical evidence</source>
        <translation>Evidencia física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage actions</source>
        <translation>Acciones visibles (front stage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage actions</source>
        <translation>Acciones internas (back stage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>Procesos de soporte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap_desktop/ui/mainwindow.py" line="+122"/>
        <location filename="../../journeymap_desktop/ui/retranslate.py" line="+79"/>
        <source>Inspector</source>
        <extracomment>Files that can be dropped on the window: maps open, the others are imported. The Review panel and its actions (ui/review/). Present mode (workshop mode stage by stage), made when first needed (ui/workshop.py). What is current, selected and focused: the one selection model of this window.</extracomment>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journeymap_desktop/ui/retranslate.py" line="+1"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="-270"/>
        <source>&amp;New from template…</source>
        <translation>&amp;Nuevo desde plantilla…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Start a map from a template</source>
        <translation>Empieza un mapa a partir de una plantilla</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF poster…</source>
        <translation>Exportar póster &amp;PDF…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A vector poster to print or send</source>
        <translation>Un póster vectorial para imprimir o enviar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Export &amp;image (PNG)…</source>
        <translation>Exportar &amp;imagen (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;drawing (SVG)…</source>
        <translation>Exportar &amp;dibujo (SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Impact–effort &amp;matrix</source>
        <translation>Matri&amp;z impacto–esfuerzo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new column after the current stage</source>
        <translation>Una columna nueva tras la etapa actual</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Exported %1 (1 page)</source>
        <translation>Exportado %1 (1 página)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 text was cut to fit</source>
        <translation>1 texto se ha recortado para que quepa</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>“%1”: %2/%3</source>
        <translation>«%1»: %2/%3</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Add &amp;card</source>
        <translation>Añadir &amp;tarjeta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A new card in the focused cell (or press Enter on the canvas)</source>
        <translation>Una tarjeta nueva en la celda seleccionada (o pulsa Intro en el lienzo)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add &amp;picture…</source>
        <translation>Añadir &amp;imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;ersona</source>
        <translation>Añadir &amp;buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit map</source>
        <translation>A&amp;justar el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop mode</source>
        <translation>&amp;Modo taller</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Full screen, larger text, one stage at a time (PageUp/PageDown)</source>
        <translation>Pantalla completa, texto más grande, una etapa cada vez (RePág/AvPág)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Next stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About JourneyMap Desktop</source>
        <translation>&amp;Acerca de JourneyMap Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add &amp;lane</source>
        <translation>Añadir &amp;carril</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <location filename="../../journeymap_desktop/ui/mainwindow.py" line="+48"/>
        <location line="+30"/>
        <source>Untitled</source>
        <extracomment>Window actions by key-table row id (see ui/actions.py, ui/keymap.py). Autosave, lock file, file watcher, failed saves (issue 5): see ui/safety.py.</extracomment>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guardas, los cambios se perderán.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>journey map</source>
        <translation>mapa de experiencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save journey map</source>
        <translation>Guardar mapa de experiencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey maps (*%1)</source>
        <translation>Mapas de experiencia (*%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+65"/>
        <source>Export PDF poster</source>
        <translation>Exportar póster PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export failed</source>
        <translation>No se ha podido exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 (%2 pages)</source>
        <translation>Exportado %1 (%2 páginas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 texts were cut to fit</source>
        <translation>%1 textos se han recortado para que quepan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 (%2 × %3 px)</source>
        <translation>Exportado %1 (%2 × %3 px)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export drawing</source>
        <translation>Exportar dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location filename="../../journeymap_desktop/ui/mainwindow.py" line="+18"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a stage and a card lane first.</source>
        <translation>Añade antes una etapa y un carril de tarjetas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a storyboard lane first (Insert → Add lane).</source>
        <translation>Añade antes un carril de storyboard (Insertar → Añadir carril).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add pictures</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Persona photo</source>
        <translation>Foto de la buyer persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the image</source>
        <translation>No se puede leer la imagen</translation>
    </message>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+159"/>
        <source>⚠ 1 text cut to fit</source>
        <translation>⚠ 1 texto recortado para caber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1 texts cut to fit</source>
        <translation>⚠ %1 textos recortados para caber</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shown characters of each cut text:</source>
        <translation>Caracteres mostrados de cada texto recortado:</translation>
    </message>
    <message>
        <location filename="../../journeymap_desktop/ui/mainwindow.py" line="+151"/>
        <source>About JourneyMap Desktop</source>
        <translation>Acerca de JourneyMap Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JourneyMap Desktop %1
Offline customer journey maps, with PDF posters.</source>
        <translation>JourneyMap Desktop %1
Mapas de experiencia de cliente sin conexión, con pósteres en PDF.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="-234"/>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the emotion first: drag the curve, or press + or −.</source>
        <translation>Pon antes la emoción: arrastra la curva o pulsa + o −.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the first %1 characters were kept: this text holds no more.</source>
        <translation>Solo se han conservado los primeros %1 caracteres: este texto no admite más.</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <location filename="../../journeymap_desktop/ui/matrix.py" line="+135"/>
        <source>Impact–effort matrix</source>
        <extracomment>Quadrant tints: quick wins, big bets, fill-ins, thankless tasks (as on the poster).</extracomment>
        <translation>Matriz impacto–esfuerzo</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../journeymap_desktop/ui/welcome/screen.py" line="+209"/>
        <source>New journey map</source>
        <translation>Nuevo mapa de experiencia</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+219"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add persona</source>
        <translation>Añadir buyer persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas</source>
        <translation>Buyer personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate stage</source>
        <translation>Duplicar etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate lane</source>
        <translation>Duplicar carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete persona</source>
        <translation>Eliminar buyer persona</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap_desktop/ui/dialogs.py" line="+16"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the editor</source>
        <translation>Idioma del editor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop mode text size</source>
        <translation>Tamaño del texto en modo taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep imported images at full size (larger files)</source>
        <translation>Conservar las imágenes importadas a tamaño completo (archivos más grandes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the map to the window</source>
        <translation>Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (100 %)</source>
        <translation>Tamaño real (100 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a map opens</source>
        <translation>Al abrir un mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name on comments</source>
        <translation>Su nombre en los comentarios</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+7"/>
        <source>← → or PageUp/PageDown: stages · Home/End: first/last · O: whole map · T: time box · Esc: leave</source>
        <translation>← → o RePág/AvPág: etapas · Inicio/Fin: primera/última · O: mapa entero · T: tiempo · Esc: salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole map · %1 stages</source>
        <translation>Mapa entero · %1 etapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 of %2 · %3</source>
        <translation>Etapa %1 de %2 · %3</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location line="+1"/>
        <source>String should have at least 1 character</source>
        <translation>debe tener al menos 1 carácter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actor</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scope</source>
        <translation>alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>pie de foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no &apos;lane&apos; (carril) column: the first row must name the columns, e.g. stage, lane, kind, title, body</source>
        <translation>no hay columna «carril» (lane): la primera fila debe nombrar las columnas, por ejemplo etapa, carril, tipo, título, texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stage row needs the stage&apos;s name</source>
        <translation>una fila de etapa necesita el nombre de la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a curve row needs the name of its emotion lane</source>
        <translation>una fila de curva necesita el nombre de su carril de emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names no lane: every card or value belongs to a lane</source>
        <translation>no nombra ningún carril: cada tarjeta o valor pertenece a un carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a card has one channel; a channels lane holds several</source>
        <translation>una tarjeta tiene un solo canal; un carril de canales admite varios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an emotion row needs a score from -2 to +2</source>
        <translation>una fila de emociones necesita una puntuación de -2 a +2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an engagement row needs a whole number from 1 to 5</source>
        <translation>una fila de engagement necesita un número entero de 1 a 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a metrics row needs a number</source>
        <translation>una fila de métricas necesita un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required but missing</source>
        <translation>es obligatorio y falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>debe ser un número entero; el texto no se puede leer como número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>debe ser un número entero, no un número con decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to parse input string as an integer, exceeded maximum size</source>
        <translation>el texto no se puede leer como número entero: es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>debe ser un número; el texto no se puede leer como número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid boolean</source>
        <translation>debe ser verdadero o falso (true o false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>debe ser verdadero o falso (true o false); no se entiende el valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid dictionary</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid dictionary or object to extract fields from</source>
        <translation>debe ser un objeto con sus campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid datetime</source>
        <translation>debe ser una fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (found %2)</source>
        <translation>%1 (se encontró %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos;; up to 64)</source>
        <translation>«%1» no es un id válido (letras, cifras, «-», «_», «.», «:»; hasta 64 caracteres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; repeats the column of %2</source>
        <translation>«%1» repite la columna %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has text in column %1, past the last named column: is there an unquoted separator inside a text?</source>
        <translation>tiene texto en la columna %1, después de la última columna con nombre: ¿hay un separador sin comillas dentro de un texto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage &apos;%1&apos; is declared twice</source>
        <translation>la etapa «%1» se declara dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curve &apos;%1&apos; is declared twice in lane &apos;%2&apos;</source>
        <translation>la curva «%1» se declara dos veces en el carril «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane &apos;%1&apos; is already %2, not %3</source>
        <translation>el carril «%1» ya es de %2, no de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a colour like #3b6fd8</source>
        <translation>«%1» no es un color como #3b6fd8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a number of votes (a whole number from 0 to %2)</source>
        <translation>«%1» no es un número de votos (un número entero de 0 a %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is outside -2..+2 (very bad .. very good)</source>
        <translation>%1 está fuera de -2..+2 (muy mal .. muy bien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curve &apos;%1&apos; already has a point in stage &apos;%2&apos;</source>
        <translation>la curva «%1» ya tiene un punto en la etapa «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane &apos;%1&apos; already has a value in stage &apos;%2&apos;</source>
        <translation>el carril «%1» ya tiene un valor en la etapa «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a kind of row: use stage, curve or a lane kind (%2)</source>
        <translation>«%1» no es un tipo de fila: use etapa, curva o un tipo de carril (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a severity: use low, medium or high (baja, media, alta)</source>
        <translation>«%1» no es una gravedad: use baja, media o alta (low, medium, high)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a status: use idea, planned, in progress or done (idea, planificado, en curso, hecho)</source>
        <translation>«%1» no es un estado: use idea, planificado, en curso o hecho (idea, planned, in progress, done)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a rating: use a whole number from 1 to 5</source>
        <translation>«%1» no es una valoración: use un número entero de 1 a 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a waiting time: use whole minutes (0..100000)</source>
        <translation>«%1» no es un tiempo de espera: use minutos enteros (0..100000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an evidence level: use observed, reported or assumed (observado, referido, supuesto)</source>
        <translation>«%1» no es un nivel de evidencia: use observado, referido o supuesto (observed, reported, assumed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«%1» no es ni sí ni no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a curve variant: use as_is or to_be (actual, deseada)</source>
        <translation>«%1» no es una variante de curva: use actual o deseada (as_is, to_be)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a usable number</source>
        <translation>«%1» no es un número utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a channel: use one of %2</source>
        <translation>«%1» no es un canal: use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text, not %1 %2</source>
        <translation>debe ser un texto, no un JSON de tipo %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text, not a JSON %1</source>
        <translation>debe ser un texto, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a non-empty id, not %1</source>
        <translation>debe ser un id no vacío, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not a JSON %1</source>
        <translation>debe ser un número, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is far too large a number (%1…)</source>
        <translation>es un número demasiado grande (%1…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number, not %1</source>
        <translation>debe ser un número finito, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of texts, not a JSON %1</source>
        <translation>debe ser una lista de textos, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list, not a JSON %1</source>
        <translation>debe ser una lista, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object, not a JSON %1</source>
        <translation>debe ser un objeto, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object or text, not a JSON %1</source>
        <translation>debe ser un objeto o un texto, no un JSON de tipo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate stage id &apos;%1&apos; (also at %2)</source>
        <translation>el id de etapa «%1» está repetido (también en %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate swimlane id &apos;%1&apos; (also at %2)</source>
        <translation>el id de carril (swimlane) «%1» está repetido (también en %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 nodes; more than %2 are not imported</source>
        <translation>tiene %1 nodos; no se importan más de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to a missing stage &apos;%1&apos;</source>
        <translation>remite a una etapa que no existe, «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to a missing swimlane &apos;%1&apos;</source>
        <translation>remite a un carril (swimlane) que no existe, «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate id &apos;%1&apos; (also at %2)</source>
        <translation>id «%1» repetido (también en %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage &apos;%1&apos; has more than one value</source>
        <translation>la etapa «%1» tiene más de un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names %1 participants but the session had %2</source>
        <translation>nombra a %1 participantes, pero la sesión tuvo %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid dictionary or instance of %1</source>
        <translation>debe ser un objeto (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String should have at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String should match pattern &apos;%1&apos;</source>
        <translation>no tiene la forma esperada (patrón «%1»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be greater than %1</source>
        <translation>debe ser mayor que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be greater than or equal to %1</source>
        <translation>debe ser mayor o igual que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be less than %1</source>
        <translation>debe ser menor que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be less than or equal to %1</source>
        <translation>debe ser menor o igual que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tag &apos;%1&apos; found using %2 does not match any of the expected tags: %3</source>
        <translation>el tipo «%1» (en %2) no es ninguno de los esperados: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to extract tag using discriminator %1</source>
        <translation>falta el campo %1, que dice de qué tipo es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column %2 (%3)</source>
        <translation>fila %1, columna %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id &apos;%1&apos; is used by another row</source>
        <translation>otra fila ya usa el id «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id &apos;%1&apos; is used by another part</source>
        <translation>otra parte del mapa ya usa el id «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• at %1: %2</source>
        <translation>• en %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to a missing persona &apos;%1&apos;</source>
        <translation>remite a una persona que no existe, «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to a missing image &apos;%1&apos;</source>
        <translation>remite a una imagen que no existe, «%1»</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../journeymap_desktop/ui/qtstrings.py" line="+24"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Fichero %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-9"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+1"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JourneyMap was not closed properly. This unsaved work was kept:</source>
        <translation>JourneyMap no se cerró correctamente. Se conservó este trabajo sin guardar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Elsewhere…</source>
        <translation>Guardar en otro sitio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save recovered map</source>
        <translation>Guardar el mapa recuperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosaved</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(never saved)</source>
        <translation>(nunca guardado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the unsaved work of “%1”?</source>
        <translation>¿Descartar el trabajo sin guardar de «%1»?</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey maps (*%1)</source>
        <translation>Mapas de experiencia (*%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered map</source>
        <translation>mapa recuperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (recovered)</source>
        <translation> (recuperado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This autosave is damaged and cannot be recovered:</source>
        <translation>Este guardado automático está dañado y no se puede recuperar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the file on disk:</source>
        <translation>Comparado con el archivo en disco:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mentario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a review comment on what is selected</source>
        <translation>Escribir un comentario de revisión sobre lo seleccionado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Review panel</source>
        <translation>Panel de re&amp;visión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide assumed cards</source>
        <translation>&amp;Ocultar tarjetas supuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only what research backs: cards marked “assumed” are left out</source>
        <translation>Mostrar solo lo que respalda la investigación: se omiten las tarjetas marcadas como “supuesto”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;with…</source>
        <translation>Comparar con otra &amp;versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on the map how it differs from another version of it</source>
        <translation>Mostrar en el mapa en qué se diferencia de otra versión suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment &amp;markers</source>
        <translation>Marca&amp;dores de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed cards hidden (the file keeps them)</source>
        <translation>Tarjetas supuestas ocultas (el archivo las conserva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed cards shown</source>
        <translation>Tarjetas supuestas visibles</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../journeymap_desktop/ui/review/panel.py" line="+182"/>
        <source>Open</source>
        <extracomment>(comment id, reply id or &quot;&quot;) of a row. The state filter&apos;s values, in the order its texts are set by ``retranslate``. A row&apos;s room around its text: the style sheet&apos;s 3 px padding above and below, its 1 px rule, and the item&apos;s own text margins at each side. A comment was clicked: show its :class:`Anchor` on the canvas. The name to sign with (None: the person cancelled being asked for it). Where a new comment goes: what is selected on the canvas. The current comment in full (list rows show its first lines).</extracomment>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a comment or a reply…</source>
        <translation>Escriba un comentario o una respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>git merge</source>
        <translation>fusión de git</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add the text as a comment on what is selected on the map (Ctrl+Return)</source>
        <translation>Añadir el texto como comentario sobre lo seleccionado en el mapa (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this comment was about is no longer in the map.</source>
        <translation>Aquello a lo que se refería este comentario ya no está en el mapa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 open · %2 resolved</source>
        <translation>%1 abiertos · %2 resueltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 merge conflicts to decide</source>
        <translation>%1 conflictos de fusión por decidir</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete reply</source>
        <translation>Eliminar respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New comments go on: %1</source>
        <translation>Los comentarios nuevos van en: %1</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+1"/>
        <source>Map in use</source>
        <translation>Mapa en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can open it read-only and save your changes under another name.</source>
        <translation>Puede abrirlo en solo lectura y guardar sus cambios con otro nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is open in another window of this JourneyMap.</source>
        <translation>Está abierto en otra ventana de este JourneyMap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone took over this map&apos;s lock.</source>
        <translation>Alguien ha tomado el bloqueo de este mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite?</source>
        <translation>¿Sobrescribir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File deleted</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your map is still open here, with all its content.</source>
        <translation>Su mapa sigue abierto aquí, con todo su contenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save It Again</source>
        <translation>Guardarlo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File changed</source>
        <translation>Archivo modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file beside it, %1, is not a regular file: no JourneyMap made it.</source>
        <translation>El archivo de bloqueo que tiene al lado, %1, no es un archivo normal: ningún JourneyMap lo creó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone has had it open since %1 (the lock file cannot be read).</source>
        <translation>Alguien lo tiene abierto desde %1 (no se puede leer el archivo de bloqueo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is already open.</source>
        <translation>«%1» ya está abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This map is open read-only.</source>
        <translation>Este mapa está abierto en solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program changed or replaced the file since you opened it.</source>
        <translation>Otro programa ha modificado o sustituido el archivo desde que lo abrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving now replaces their version with yours.</source>
        <translation>Si guarda ahora, su versión sustituirá a la otra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your map is still open here with all its changes and stays marked as unsaved.</source>
        <translation>Su mapa sigue abierto aquí con todos sus cambios y sigue marcado como no guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have unsaved changes here. Reload to see the other version (Undo brings yours back), or keep yours and save them under another name.</source>
        <translation>Tiene cambios sin guardar. Recargue para ver la otra versión (Deshacer recupera la suya), o conserve la suya y guárdela con otro nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload to see the new version?</source>
        <translation>¿Recargar para ver la nueva versión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine and Save As…</source>
        <translation>Conservar el mío y guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That lock looks abandoned: its program is not running, or it has not been renewed for %1 hours.</source>
        <translation>Ese bloqueo parece abandonado: su programa no se está ejecutando o no se ha renovado en %1 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock lost: %1</source>
        <translation>Bloqueo perdido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” may have been changed by someone else.</source>
        <translation>«%1» puede haber sido modificado por otra persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not saved.</source>
        <translation>«%1» no se ha guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was deleted or moved by another program.</source>
        <translation>Otro programa ha eliminado o movido «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program.</source>
        <translation>Otro programa ha modificado «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reloaded</source>
        <translation>No se ha recargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be reloaded; your version stays open.</source>
        <translation>No se pudo recargar el archivo; su versión sigue abierta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has had it open on %2 since %3.</source>
        <translation>%1 lo tiene abierto en %2 desde %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name to save your map.</source>
        <translation>Elija otro nombre para guardar su mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is open elsewhere.</source>
        <translation>«%1» está abierto en otro lugar.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location line="+2"/>
        <source>“%1” was saved, but no backup was kept: a folder has the backup&apos;s name, “%2”.</source>
        <translation>«%1» se ha guardado, pero no se ha conservado ninguna copia de seguridad: una carpeta tiene el nombre de la copia, «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was saved, but no backup was kept: something that is not a file has the backup&apos;s name, “%2”.</source>
        <translation>«%1» se ha guardado, pero no se ha conservado ninguna copia de seguridad: algo que no es un archivo tiene el nombre de la copia, «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full (free some space, or use Save As to save it elsewhere).</source>
        <translation>El disco está lleno (libere espacio o use Guardar como… para guardarlo en otro sitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your disk quota is used up (free some space, or use Save As to save it elsewhere).</source>
        <translation>Ha agotado su cuota de disco (libere espacio o use Guardar como… para guardarlo en otro sitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no permission to write in the folder %1 (use Save As to save it elsewhere).</source>
        <translation>No tiene permiso para escribir en la carpeta %1 (use Guardar como… para guardarlo en otro sitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only (use Save As to save it elsewhere).</source>
        <translation>El disco es de solo lectura (use Guardar como… para guardarlo en otro sitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 does not exist any more (was a USB stick or network drive removed?); use Save As to save it elsewhere.</source>
        <translation>La carpeta %1 ya no existe (¿se ha quitado una memoria USB o una unidad de red?); use Guardar como… para guardarlo en otro sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk reported an input/output error (is it failing or disconnected?).</source>
        <translation>El disco ha dado un error de entrada/salida (¿está fallando o desconectado?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large for this disk or for your account&apos;s limits.</source>
        <translation>El archivo es demasiado grande para este disco o para los límites de su cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is busy (is another program using it?); try again, or use Save As.</source>
        <translation>El archivo está ocupado (¿lo está usando otro programa?); vuelva a intentarlo o use Guardar como….</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder has that name.</source>
        <translation>Una carpeta tiene ese nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is read-only (use Save As to save a copy elsewhere).</source>
        <translation>El archivo es de solo lectura (use Guardar como… para guardar una copia en otro sitio).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your disk quota is used up</source>
        <translation>se ha agotado su cuota de disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have no permission to write in that folder</source>
        <translation>no tiene permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of its path is missing or is not a folder</source>
        <translation>una parte de su ruta falta o no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>el disco ha informado de un error de entrada/salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk or for your account&apos;s limits</source>
        <translation>el archivo es demasiado grande para este disco o para los límites de su cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is busy</source>
        <translation>el archivo está en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder has that name</source>
        <translation>una carpeta tiene ese nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>you have no permission to read it</source>
        <translation>no tiene permiso para leerlo</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The map was left locked by a JourneyMap that is no longer running: it is yours now.</source>
        <translation>Un JourneyMap que ya no está abierto dejó el mapa bloqueado: ahora es suyo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The map would be %2 MB, and files over %3 MB cannot be opened again (very many cards, or large pictures kept at full size?).</source>
        <translation>El mapa ocuparía %2 MB, y los archivos de más de %3 MB no se pueden volver a abrir (¿muchísimas tarjetas, o imágenes grandes guardadas a tamaño completo?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map would hold about %2 million JSON values, more than a map may hold (%3 million) to be opened again.</source>
        <translation>El mapa tendría unos %2 millones de valores JSON, más de los que puede tener un mapa (%3 millones) para volver a abrirse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map holds text that is not valid Unicode (a lone surrogate): it cannot be written. The file on disk was not changed.</source>
        <translation>El mapa contiene texto que no es Unicode válido (un sustituto suelto): no se puede escribir. El archivo en disco no se ha modificado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its folder does not exist (any more)</source>
        <translation>su carpeta no existe (ya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of its path is not a folder</source>
        <translation>una parte de su ruta no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” does not exist (was it moved, renamed or deleted?).</source>
        <translation>«%1» no existe (¿se ha movido, cambiado de nombre o eliminado?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a map file.</source>
        <translation>«%1» es una carpeta, no un archivo de mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a symbolic link that leads back to itself (a link loop): it points to no file; remove or fix the link.</source>
        <translation>«%1» es un enlace simbólico que vuelve a sí mismo (un bucle de enlaces): no apunta a ningún archivo; elimine o corrija el enlace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” grew past the size limit while it was being read.</source>
        <translation>«%1» ha superado el límite de tamaño mientras se leía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is empty: it is not a journey map.</source>
        <translation>«%1» está vacío: no es un mapa de experiencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not valid JSON: %2, at line %3, column %4.</source>
        <translation>«%1» no es JSON válido: %2, en la línea %3, columna %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not valid JSON: %2, at line %3, column %4. The file looks cut short: was it copied or saved completely?</source>
        <translation>«%1» no es JSON válido: %2, en la línea %3, columna %4. El archivo parece cortado: ¿se copió o se guardó por completo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not valid JSON: a number in it has thousands of digits.</source>
        <translation>«%1» no es JSON válido: contiene un número de miles de cifras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>«%1» no es JSON válido: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a journey map: its JSON is nested too deeply.</source>
        <translation>«%1» no es un mapa de experiencia: su JSON está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a JourneyMap file: it has no “format” marker.</source>
        <translation>«%1» no es un archivo de JourneyMap: no tiene la marca «format».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not readable UTF-16 text: it starts like UTF-16 but is damaged.</source>
        <translation>«%1» no es texto UTF-16 legible: empieza como UTF-16, pero está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a text file (it holds NUL bytes): save it from the spreadsheet as CSV.</source>
        <translation>«%1» no es un archivo de texto (contiene bytes NUL): guárdelo como CSV desde la hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is empty: there are no rows to import.</source>
        <translation>«%1» está vacío: no hay filas que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a JourneyMap file, not an OpenJourney one: open it with File → Open.</source>
        <translation>«%1» es un archivo de JourneyMap, no de OpenJourney: ábralo con Archivo → Abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an OpenJourney map: it has no “stages”, “swimlanes” or “nodes”.</source>
        <translation>«%1» no es un mapa de OpenJourney: no tiene «stages», «swimlanes» ni «nodes».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«%1» está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be imported: its JSON is nested too deeply.</source>
        <translation>No se puede importar «%1»: su JSON está anidado demasiado hondo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file to import.</source>
        <translation>«%1» es una carpeta, no un archivo que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file: it cannot be imported.</source>
        <translation>«%1» no es un archivo normal: no se puede importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is too large to be a map.</source>
        <translation>«%1» es demasiado grande para ser un mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is gone (was it recovered or discarded by another JourneyMap window?).</source>
        <translation>«%1» ya no está (¿lo recuperó o descartó otra ventana de JourneyMap?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is damaged: the map in it does not match its header (it was not written completely).</source>
        <translation>«%1» está dañado: el mapa que contiene no coincide con su cabecera (no se escribió por completo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a JourneyMap autosave: it has no header line.</source>
        <translation>«%1» no es un guardado automático de JourneyMap: no tiene línea de cabecera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a JourneyMap autosave: its header is damaged.</source>
        <translation>«%1» no es un guardado automático de JourneyMap: su cabecera está dañada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file on disk was not changed.</source>
        <translation>El archivo en disco no se ha modificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its file is empty</source>
        <translation>su archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an image JourneyMap can read (PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>no es una imagen que JourneyMap pueda leer (PNG, JPEG, GIF, WebP o BMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no pixels</source>
        <translation>no tiene píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the autosave folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de guardado automático %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file (it is %2): it cannot be a map file.</source>
        <translation>«%1» no es un archivo normal (es %2): no puede ser un archivo de mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a plain file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a journey map: it holds about %2 million JSON values, far more than any map (is it a data export?). It was not opened, to keep memory safe.</source>
        <translation>«%1» no es un mapa de experiencia: contiene unos %2 millones de valores JSON, muchos más que cualquier mapa (¿es una exportación de datos?). No se ha abierto, para no agotar la memoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not UTF-8 text (a wrong byte at offset %2): it is not a journey map.</source>
        <translation>«%1» no es texto en UTF-8 (un byte erróneo en la posición %2): no es un mapa de experiencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a journey map: its top level is a JSON %2, not an object.</source>
        <translation>«%1» no es un mapa de experiencia: su nivel superior es un JSON de tipo %2, no un objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a JourneyMap file: its format is %2, not “journeymap”.</source>
        <translation>«%1» no es un archivo de JourneyMap: su formato es %2, no «journeymap».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be read as it is: at %2 there is a lone surrogate (a broken emoji or character escape such as \ud800), which is not text.</source>
        <translation>«%1» no se puede leer tal como está: en %2 hay un sustituto suelto (un emoji o un escape de carácter roto, como \ud800), que no es texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid journey map: at $.version, the format version must be a whole number, not %2.</source>
        <translation>«%1» no es un mapa de experiencia válido: en $.version, la versión del formato debe ser un número entero, no %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a readable CSV file: %2.</source>
        <translation>«%1» no es un archivo CSV legible: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an OpenJourney map: its top level is a JSON %2, not an object.</source>
        <translation>«%1» no es un mapa de OpenJourney: su nivel superior es un JSON de tipo %2, no un objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it could not be written</source>
        <translation>no se ha podido escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture cannot be used: %1.</source>
        <translation>La imagen no se puede usar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be taken over: %2.</source>
        <translation>No se puede tomar «%1»: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the autosave %1 cannot be written</source>
        <translation>no se puede escribir el guardado automático %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave failed (%1): %2.</source>
        <translation>Falló el guardado automático (%1): %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid journey map. What is wrong, and where:</source>
        <translation>«%1» no es un mapa de experiencia válido. Qué está mal, y dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be imported. What is wrong, and where:</source>
        <translation>No se puede importar «%1». Qué está mal, y dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be exported: %2.</source>
        <translation>No se ha podido exportar «%1»: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is too large to open safely (over %1 megapixels)</source>
        <translation>es demasiado grande para abrirla con seguridad (más de %1 megapíxeles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>está dañada (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 images are not supported (use PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>las imágenes %1 no se admiten (use PNG, JPEG, GIF, WebP o BMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is %2 MB; files over %3 MB are not opened (is it really a journey map?).</source>
        <translation>«%1» ocupa %2 MB; los archivos de más de %3 MB no se abren (¿es de verdad un mapa de experiencia?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was made with a newer JourneyMap (format version %2; this one reads up to %3). Update JourneyMap Desktop to open it.</source>
        <translation>«%1» se hizo con un JourneyMap más reciente (versión del formato %2; este lee hasta la %3). Actualice JourneyMap Desktop para abrirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be upgraded from format version %2: %3.</source>
        <translation>«%1» no se puede actualizar desde la versión del formato %2: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not valid JSON for a journey map: at %2, an object has the key “%3” twice (the second would silently replace the first); keep one.</source>
        <translation>«%1» no es JSON válido para un mapa de experiencia: en %2, un objeto tiene la clave «%3» dos veces (la segunda sustituiría a la primera sin avisar); deje una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has %2 rows; more than %3 are not imported (a map that large could not be opened).</source>
        <translation>«%1» tiene %2 filas; no se importan más de %3 (un mapa tan grande no se podría abrir).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is %2 MB; files over %3 MB are not imported.</source>
        <translation>«%1» ocupa %2 MB; no se importan archivos de más de %3 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map was left locked by %1 on %2 (since %3), whose JourneyMap is no longer running: it is yours now.</source>
        <translation>%1 dejó el mapa bloqueado en %2 (desde %3) y su JourneyMap ya no está abierto: ahora es suyo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is %1 MB; the limit is %2 MB</source>
        <translation>ocupa %1 MB; el límite es %2 MB</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys or actions…</source>
        <translation>Buscar teclas o acciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location line="+54"/>
        <source>%1 stages · %2 lanes</source>
        <translation>%1 etapas · %2 carriles</translation>
    </message>
</context>
<context>
    <name>TimeBox</name>
    <message>
        <location line="-53"/>
        <source>Time box: Ctrl+T sets it, Ctrl+Shift+T pauses; click for more</source>
        <translation>Tiempo: Ctrl+T lo fija, Ctrl+Mayús+T lo pausa; haz clic para más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time box (minutes)</source>
        <translation>Tiempo (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5, 2.5 or 1:30 · Enter starts · 0 clears · Esc cancels</source>
        <translation>5, 2,5 o 1:30 · Intro empieza · 0 lo quita · Esc cancela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time box…</source>
        <translation>Fijar el tiempo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume the time box</source>
        <translation>Pausar o reanudar el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&apos;s up: the time box is over.</source>
        <translation>Se acabó el tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Un minuto más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the timer</source>
        <translation>Quitar el temporizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duration: type minutes, like 5 or 1:30</source>
        <translation>No es una duración: escribe minutos, como 5 o 1:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&apos;s up</source>
        <translation>¡Tiempo!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location line="+1"/>
        <source>All dots placed: close the vote to see the results</source>
        <translation>Todos los puntos colocados: cierra la votación para ver los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 of %3 dots left</source>
        <translation>%1 · le quedan %2 de %3 puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · 1 of %3 dots left</source>
        <translation>%1 · le queda 1 de %3 puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dot voting</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Click or Space: vote · Shift+click or Backspace: take back · Tab: next participant</source>
        <translation>Clic o Espacio: votar · Mayús+clic o Retroceso: retirar · Tab: siguiente participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 dots placed</source>
        <translation>%1 de %2 puntos colocados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no cards)</source>
        <translation>%1 (sin tarjetas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dot on 1 card.</source>
        <translation>1 punto en 1 tarjeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each participant places their dots on the cards that matter most. Click a card or press Space to vote; Shift+click or Backspace takes a dot back.</source>
        <translation>Cada participante coloca sus puntos en las tarjetas que más importan. Haz clic en una tarjeta o pulsa Espacio para votar; Mayús+clic o Retroceso retira un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote on these lanes</source>
        <translation>Votar en estos carriles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no cards on the chosen lanes: choose a lane with cards.</source>
        <translation>No hay tarjetas en los carriles elegidos: elige un carril con tarjetas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots per participant:</source>
        <translation>Puntos por participante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one name per line (then the count follows the names)</source>
        <translation>Opcional: un nombre por línea (entonces el número sigue a los nombres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the top:</source>
        <translation>Destacar los primeros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start voting</source>
        <translation>Empezar a votar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most voted is ringed on the map.</source>
        <translation>La más votada está rodeada en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting results</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 most voted are ringed on the map.</source>
        <translation>Las %1 más votadas están rodeadas en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage · lane</source>
        <translation>Etapa · carril</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dot voting…</source>
        <translation>&amp;Votación por puntos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting &amp;results</source>
        <translation>&amp;Resultados de la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear votes</source>
        <translation>&amp;Borrar los votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote closed.</source>
        <translation>Votación cerrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes cleared.</source>
        <translation>Votos borrados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This map has no card lanes to vote on.</source>
        <translation>Este mapa no tiene carriles de tarjetas en los que votar.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No votes on this map yet.</source>
        <translation>Aún no hay votos en este mapa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 dots on 1 card.</source>
        <translation>%1 puntos en 1 tarjeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dots on %2 cards.</source>
        <translation>%1 puntos en %2 tarjetas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This map has no cards to vote on yet.</source>
        <translation>Este mapa aún no tiene tarjetas que votar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has dots left: close the vote to see the results.</source>
        <translation>A nadie le quedan puntos: cierra la votación para ver los resultados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dot from %1.</source>
        <translation>Un punto de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is not on the lane “%1”.</source>
        <translation>Esta votación no es en el carril «%1».</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../journeymap_desktop/ui/welcome/screen.py" line="-140"/>
        <source>Start a new journey map</source>
        <extracomment>The template whose card has the keyboard focus when the screen shows (the last used).</extracomment>
        <translation>Empieza un nuevo mapa de experiencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the map</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the map:</source>
        <translation>Idioma del mapa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each template is a real map, drawn here as it will open: pick one, then rename, add and remove stages and lanes as you go.</source>
        <translation>Cada plantilla es un mapa real, dibujado tal como se abrirá: elige una y luego cambia nombres, añade y quita etapas y carriles sobre la marcha.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recent maps</source>
        <translation>Mapas recientes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maps you open or save appear here.</source>
        <translation>Aquí aparecen los mapas que abras o guardes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a map…</source>
        <translation>Abrir un mapa…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explore the sample map</source>
        <translation>Explorar el mapa de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online shop&apos;s journey with every kind of lane filled in</source>
        <translation>El recorrido de compra de una tienda online, con todos los tipos de carril rellenos</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../build/translations/extra_sources.py" line="+2"/>
        <source>Wor&amp;kshop</source>
        <translation>&amp;Taller</translation>
    </message>
</context>
</TS>
