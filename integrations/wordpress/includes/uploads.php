<?php
/**
 * Projects files in the Media Library: JSON, CSV/TSV sheets and IATI XML activity files, for
 * users who may upload files, and only when the file is a projects file, so a mistake is caught
 * on upload with a message rather than on the page. Whether each project is right is the
 * widget's to say (it shows every problem by path, row or activity); here only the file's shape
 * is checked, cheaply.
 *
 * @package WisgWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The widgets refuse larger files (MAX_DATA_BYTES in src/loading/project-data-controller.ts). */
const WISG_WIDGETS_MAX_DATA_BYTES = 5 * 1024 * 1024;

/** Extension => the type the plugin stores. WordPress itself allows csv and tsv; json and xml are the plugin's. */
const WISG_WIDGETS_DATA_EXTENSIONS = array(
	'json' => 'application/json',
	'csv'  => 'text/csv',
	'tsv'  => 'text/tab-separated-values',
	'xml'  => 'text/xml',
);

add_filter(
	'upload_mimes',
	static function ( $mimes, $user = null ) {
		if ( $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' ) ) {
			$mimes['json'] = 'application/json';
			$mimes['xml']  = 'text/xml';
		}
		return $mimes;
	},
	10,
	2
);

// WordPress checks a file's content against its extension (fileinfo): a small JSON file can read
// as text/plain, a TSV file always does (which WordPress refuses for .tsv), an XML file without
// an XML declaration reads as text/html. The content itself is checked before (wisg_widgets_check_upload).
add_filter(
	'wp_check_filetype_and_ext',
	static function ( $checked, $file, $filename, $mimes, $real_mime = null ) {
		$ext      = strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) );
		$readable = array(
			'json' => array( 'application/json', 'text/plain' ),
			'tsv'  => array( 'text/plain', 'text/csv', 'text/tab-separated-values' ),
			'xml'  => array( 'text/xml', 'application/xml', 'text/html', 'text/plain' ),
		);
		if ( ! $checked['type'] && array_key_exists( $ext, $readable ) && in_array( $real_mime, $readable[ $ext ], true ) && current_user_can( 'upload_files' ) ) {
			$checked['ext']  = $ext;
			$checked['type'] = WISG_WIDGETS_DATA_EXTENSIONS[ $ext ];
		}
		return $checked;
	},
	10,
	5
);

/**
 * Refuses a .json, .csv, .tsv or .xml upload that is not a projects file, with the reason.
 *
 * @param array $file As PHP describes an upload: name, tmp_name, error…
 * @return array
 */
function wisg_widgets_check_upload( $file ) {
	$ext = strtolower( pathinfo( (string) ( $file['name'] ?? '' ), PATHINFO_EXTENSION ) );
	if ( ! array_key_exists( $ext, WISG_WIDGETS_DATA_EXTENSIONS ) || ! empty( $file['error'] ) ) {
		return $file;
	}
	/**
	 * Filters whether .csv and .tsv uploads must be projects sheets. WordPress itself takes any
	 * sheet: a site that keeps other spreadsheets in its Media Library returns false. (JSON and
	 * XML, which the plugin lets in, are always checked.)
	 *
	 * @param bool $check True.
	 */
	if ( ( 'csv' === $ext || 'tsv' === $ext ) && ! apply_filters( 'wisg_widgets_check_sheet_uploads', true ) ) {
		return $file;
	}
	$problem = wisg_widgets_projects_file_problem( $file['tmp_name'], $ext );
	if ( null !== $problem ) {
		$file['error'] = $problem;
	}
	return $file;
}
// Uploads through forms (the Media Library, the editor), and files handed over otherwise
// (the REST API given a raw body, media_handle_sideload).
add_filter( 'wp_handle_upload_prefilter', 'wisg_widgets_check_upload' );
add_filter( 'wp_handle_sideload_prefilter', 'wisg_widgets_check_upload' );

/**
 * Why a file is not a projects file, or null when it is one.
 *
 * @param string $path The uploaded file.
 * @param string $ext  Its extension: json, csv, tsv or xml.
 * @return string|null
 */
function wisg_widgets_projects_file_problem( $path, $ext = 'json' ) {
	$size = is_readable( $path ) ? filesize( $path ) : false;
	if ( false === $size ) {
		return __( 'The file could not be read.', 'wisg-widgets' );
	}
	if ( $size > WISG_WIDGETS_MAX_DATA_BYTES ) {
		return __( 'This file is larger than 5 MB, the most the project widgets read.', 'wisg-widgets' );
	}
	$text = (string) file_get_contents( $path );
	if ( 'csv' === $ext || 'tsv' === $ext ) {
		return wisg_widgets_sheet_problem( $text );
	}
	if ( 'xml' === $ext ) {
		return wisg_widgets_iati_problem( $text );
	}
	$data = json_decode( $text, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: what the JSON parser says, in English. */
		return sprintf( __( 'This file is not valid JSON (%s), so it cannot hold projects.', 'wisg-widgets' ), json_last_error_msg() );
	}
	$is_list = is_array( $data ) && array_values( $data ) === $data;
	if ( ! $is_list && ! ( is_array( $data ) && isset( $data['projects'] ) && is_array( $data['projects'] ) && array_values( $data['projects'] ) === $data['projects'] ) ) {
		return __( 'This JSON file is not a projects document: it must be a list of projects, or an object with a "projects" list (see the widgets’ README).', 'wisg-widgets' );
	}
	return null;
}

/**
 * A sheet is a projects sheet when one of its first ten rows (rows above the header may be a
 * title and notes) names a title column as src/data/csv.ts reads it: title, სათაური, დასახელება
 * or პროექტის სათაური, any case (Mtavruli too), perhaps with a language (title_en, სათაური (ka)).
 *
 * @param string $text The file.
 * @return string|null
 */
function wisg_widgets_sheet_problem( $text ) {
	$text = preg_replace( '/^\xEF\xBB\xBF/', '', $text );
	// Excel's "sep=;" first line names the delimiter; otherwise, as csv.ts, the one used most in
	// the first line that has one (a title row above the header may have none).
	$delimiter = ',';
	if ( preg_match( '/^sep=(.)\r?\n?/i', $text, $sep ) ) {
		$delimiter = $sep[1];
		$text      = substr( $text, strlen( $sep[0] ) );
	} else {
		foreach ( array_slice( preg_split( '/\r\n?|\n/', substr( $text, 0, 65536 ) ), 0, 10 ) as $line ) {
			list( $comma, $semicolon, $tab ) = array( substr_count( $line, ',' ), substr_count( $line, ';' ), substr_count( $line, "\t" ) );
			if ( $comma + $semicolon + $tab > 0 ) {
				$delimiter = $tab > $comma && $tab >= $semicolon ? "\t" : ( $semicolon > $comma ? ';' : ',' );
				break;
			}
		}
	}
	$stream = fopen( 'php://memory', 'r+' );
	fwrite( $stream, $text );
	rewind( $stream );
	$names = array( 'title', 'სათაური', 'დასახელება', 'პროექტის სათაური' );
	for ( $row = 0; $row < 10 && false !== ( $cells = fgetcsv( $stream, 0, $delimiter, '"', '' ) ); $row++ ) {
		foreach ( (array) $cells as $cell ) {
			// Folded as csv.ts folds: Mtavruli (U+1C90–U+1CBF) to Mkhedruli (U+10D0–U+10FF), lower case, single spaces.
			$name = strtolower( trim( preg_replace( '/\s+/u', ' ', preg_replace( '/\xE1\xB2([\x90-\xBF])/', "\xE1\x83$1", (string) $cell ) ) ) );
			$name = preg_replace( '/\s*[:*]$/', '', $name );
			// A language: title_en, title-ka, title en, title (en), title [ka].
			$base = preg_replace( '/(?:[ _-]|\s*[(\[])[a-z]{2,3}(?:-[a-z0-9]{1,8})*[)\]]?$/', '', $name );
			if ( in_array( $name, $names, true ) || in_array( trim( $base ), $names, true ) ) {
				fclose( $stream );
				return null;
			}
		}
	}
	fclose( $stream );
	return __( 'This sheet is not a projects sheet: none of its first rows names a title column (title, title_en, სათაური…; see the widgets’ README).', 'wisg-widgets' );
}

/**
 * An IATI activity file: its root element is iati-activities. The file is served from the site
 * as XML, which a browser renders: anything that could make it run script there (a document
 * type with entities, a style sheet, elements of XHTML, SVG, MathML or XSLT) is refused; an
 * IATI file needs none of them.
 *
 * @param string $text The file.
 * @return string|null
 */
function wisg_widgets_iati_problem( $text ) {
	$text = preg_replace( '/^\xEF\xBB\xBF/', '', $text );
	// The XML declaration, comments and processing instructions may come before the root; an encoding must be one that keeps ASCII as it is.
	if ( ! preg_match( '/^\s*(?:<\?xml\s[^>]*\?>)?(?:\s+|<!--(?:(?!-->)[\s\S])*-->|<\?(?!xml-stylesheet)[a-z][^>]*\?>)*<iati-activities[\s>\/]/i', $text, $prolog ) ) {
		return __( 'This XML file is not an IATI activity file: its root element must be iati-activities.', 'wisg-widgets' );
	}
	if ( preg_match( '/encoding\s*=\s*["\']([^"\']+)/i', $prolog[0], $encoding ) && ! in_array( strtolower( $encoding[1] ), array( 'utf-8', 'us-ascii', 'iso-8859-1' ), true ) ) {
		return __( 'This XML file is not an IATI activity file: its root element must be iati-activities.', 'wisg-widgets' );
	}
	$namespace = '#xmlns(?::[^=\s]+)?\s*=\s*(["\'])(?:[^"\']*&|[^"\']*w3\.org/(?:1999/xhtml|2000/svg|1998/math/mathml|1999/xsl/transform))#i';
	if ( preg_match( '/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i', $text ) || preg_match( $namespace, $text ) ) {
		return __( 'This XML file holds markup that a browser could run (a document type, a style sheet, or XHTML, SVG, MathML or XSLT elements); an IATI activity file needs none of them.', 'wisg-widgets' );
	}
	return null;
}
