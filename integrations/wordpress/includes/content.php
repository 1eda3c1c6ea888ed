<?php
/**
 * Elements pasted into posts (a Custom HTML block, the classic editor, a page builder):
 * - kses keeps the three tags and their attributes for every role that may edit posts
 *   (without this, it deletes them for Authors and Contributors and keeps only their text),
 *   and <time datetime>, which their pre-rendered content holds;
 * - a page whose content has one gets the script, once;
 * - inline JSON whose <script type="application/json"> kses removed is put back in one.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'wp_kses_allowed_html',
	static function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$global = array(
			'class' => true,
			'id'    => true,
			'title' => true,
			'dir'   => true,
			'style' => true,
		);
		foreach ( wisg_widgets_elements() as $tag => $attributes ) {
			// kses checks src against the allowed protocols, and quotes and escapes every value.
			$tags[ $tag ] = $global + array_fill_keys( array_keys( $attributes ), true );
		}
		// The widgets' pre-rendered content writes each period's ends as <time datetime>, for
		// crawlers and readers without the script; WordPress 6.1 deletes the tag for an Author
		// (keeping its text). With the global attributes every other allowed tag has.
		$tags['time'] = ( $tags['time'] ?? array() ) + _wp_add_global_attributes( array( 'datetime' => true ) );
		return $tags;
	},
	10,
	2
);

/**
 * Enqueues the script for content holding an element, and restores stripped inline JSON.
 *
 * @param string $content Post content, a widget's text.
 * @return string
 */
function wisg_widgets_filter_content( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<wisg-' ) ) {
		return $content;
	}
	wisg_widgets_enqueue();
	return preg_replace_callback( '#(<(wisg-(?:project-list|project-card|timeline))\b[^>]*>)(.*?)(</\2\s*>)#is', 'wisg_widgets_restore_inline_json', $content );
}

/**
 * For users without unfiltered_html, kses removes `<script type="application/json">` and
 * `</script>` but keeps the JSON between them: the element is then left with bare JSON text,
 * which it does not read (and which shows until the script runs). Such text is put back in a
 * script element of that type, which never executes; the widget reads it and reports any
 * problem itself. Only the sequences that could end or escape the script element are changed,
 * to escapes that mean the same in JSON strings.
 *
 * @param string[] $match Opening tag, tag name, content, closing tag.
 * @return string
 */
function wisg_widgets_restore_inline_json( $match ) {
	list( , $open, , $inner, $close ) = $match;
	$text = trim( preg_replace( '#^(\s*</?(?:p|br)\s*/?>)+#i', '', $inner ) );
	if ( '' === $text || ( '{' !== $text[0] && '[' !== $text[0] ) || false !== stripos( $inner, '<script' ) ) {
		return $match[0];
	}
	// kses wrote the text as HTML text (& as &amp;); in a script it is read as written.
	$json = html_entity_decode( $inner, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$json = preg_replace( array( '#</(script)#i', '#<!--#' ), array( '<\\/$1', '<\\u0021--' ), $json );
	return $open . '<script type="application/json">' . $json . '</script>' . $close;
}

// Before do_blocks (9), wptexturize, wpautop and shortcodes: the JSON is still as saved
// (wpautop's markup between tokens is removed by the widget itself).
add_filter( 'the_content', 'wisg_widgets_filter_content', 8 );
add_filter( 'widget_text_content', 'wisg_widgets_filter_content', 8 );
add_filter( 'widget_block_content', 'wisg_widgets_filter_content', 8 );
