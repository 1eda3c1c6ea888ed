<?php
/**
 * The three elements and their attributes, as README.md documents them (and custom-elements.json
 * lists them: test/node/wordpress-plugin.test.mjs compares the two). Blocks, shortcodes and kses
 * all read this one table; the elements themselves do the rest (data, language, rendering).
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each element's attributes and what a value must look like to be written out.
 * Kinds: url, text, lang, theme, int (min–max), year, date, flag, one of a list.
 *
 * @return array<string, array<string, array>>
 */
function wisg_widgets_elements() {
	$common = array(
		'src'      => array( 'kind' => 'url' ),
		'timeout'  => array(
			'kind' => 'int',
			'min'  => 1000,
			'max'  => 120000,
		),
		'today'    => array( 'kind' => 'date' ),
		// Not the elements' own attribute but HTML's: they speak the nearest lang.
		'lang'     => array( 'kind' => 'lang' ),
		'theme'    => array(
			'kind'   => 'enum',
			'values' => array( 'light', 'dark' ),
		),
		// IATI data: only the activities of this organisation (its IATI ref, such as GE-CR-123).
		'iati-org' => array( 'kind' => 'text' ),
	);
	$level  = array(
		'kind' => 'int',
		'min'  => 2,
		'max'  => 6,
	);
	return array(
		'wisg-project-list' => $common + array(
			'heading'       => array( 'kind' => 'text' ),
			'heading-level' => $level,
			'query'         => array( 'kind' => 'text' ),
			'status'        => array(
				'kind'   => 'enum',
				'values' => array( 'planned', 'ongoing', 'completed', 'suspended', 'cancelled' ),
			),
			'year'          => array( 'kind' => 'year' ),
			'sort'          => array(
				'kind'   => 'enum',
				'values' => array( 'newest', 'oldest', 'title' ),
			),
			// The search, filters and sort kept in the page's address (parameters named by the list's id, else wisg-).
			'url-state'     => array( 'kind' => 'flag' ),
		),
		'wisg-project-card' => $common + array(
			'project-id'    => array( 'kind' => 'text' ),
			'heading-level' => $level,
			'expanded'      => array( 'kind' => 'flag' ),
		),
		'wisg-timeline'     => $common + array(
			'from'          => array( 'kind' => 'year' ),
			'to'            => array( 'kind' => 'year' ),
			'heading'       => array( 'kind' => 'text' ),
			// The former name of heading, still read by the element (heading wins).
			'caption'       => array( 'kind' => 'text' ),
			'heading-level' => $level,
		),
	);
}

/**
 * A value as the element may receive it, or null when it is not one (it is then left out,
 * and the element uses its default).
 *
 * @param array $rule  One entry of wisg_widgets_elements().
 * @param mixed $value From a block, a shortcode or a filter.
 * @return string|true|null True for a present flag.
 */
function wisg_widgets_attribute_value( array $rule, $value ) {
	if ( is_bool( $value ) ) {
		return 'flag' === $rule['kind'] && $value ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $rule['kind'] ) {
		case 'flag':
			return in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'expanded' ), true ) ? true : null;
		case 'url':
			$url = esc_url_raw( $value );
			return '' === $url ? null : $url;
		case 'text':
			return '' === $value ? null : $value;
		case 'lang':
			return preg_match( '/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i', $value ) ? $value : null;
		case 'enum':
			return in_array( $value, $rule['values'], true ) ? $value : null;
		case 'int':
			if ( ! preg_match( '/^\d+$/', $value ) ) {
				return null;
			}
			return (int) $value >= $rule['min'] && (int) $value <= $rule['max'] ? $value : null;
		case 'year':
			return preg_match( '/^\d{4}$/', $value ) ? $value : null;
		case 'date':
			return preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) ? $value : null;
	}
	return null;
}

/**
 * The element's HTML, every attribute escaped; enqueues the script that defines it.
 *
 * @param string $tag     wisg-project-list, wisg-project-card or wisg-timeline.
 * @param array  $values  Attribute name => value, as given (unknown names and bad values are dropped).
 * @param string $content Markup to keep inside the element (shown where the script does not run).
 * @return string
 */
function wisg_widgets_element_html( $tag, array $values, $content = '' ) {
	$elements = wisg_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$attributes = '';
	foreach ( $elements[ $tag ] as $name => $rule ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = wisg_widgets_attribute_value( $rule, $values[ $name ] );
		if ( true === $value ) {
			$attributes .= ' ' . $name;
		} elseif ( null !== $value ) {
			$attributes .= sprintf( ' %s="%s"', $name, 'url' === $rule['kind'] ? esc_url( $value ) : esc_attr( $value ) );
		}
	}
	wisg_widgets_enqueue();
	return sprintf( '<%1$s%2$s>%3$s</%1$s>', $tag, $attributes, $content );
}
