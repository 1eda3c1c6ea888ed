<?php
/**
 * [wisg_project_list], [wisg_project_card], [wisg_timeline]: the elements for the classic editor
 * and page builders. Every attribute of the element is accepted under its own name (project-id,
 * heading-level; project_id and heading_level too), checked and escaped; others are ignored.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

function wisg_widgets_register_shortcodes() {
	foreach ( array_keys( wisg_widgets_elements() ) as $tag ) {
		add_shortcode(
			str_replace( '-', '_', $tag ),
			static function ( $attributes ) use ( $tag ) {
				return wisg_widgets_shortcode( $tag, is_array( $attributes ) ? $attributes : array() );
			}
		);
	}
}

/**
 * @param string $tag        The element.
 * @param array  $attributes As WordPress parsed them: names lower-cased; a bare word (`expanded`) has a numeric key.
 * @return string
 */
function wisg_widgets_shortcode( $tag, array $attributes ) {
	$values = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$values[ strtolower( (string) $value ) ] = true;
		} else {
			$values[ str_replace( '_', '-', strtolower( $name ) ) ] = $value;
		}
	}
	// The timeline's heading was once its caption: an old shortcode's caption is written as heading.
	if ( isset( $values['caption'] ) && ! isset( $values['heading'] ) ) {
		$values['heading'] = $values['caption'];
		unset( $values['caption'] );
	}
	return wisg_widgets_element_html( $tag, $values );
}
