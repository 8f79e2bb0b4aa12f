<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="conference" tilewidth="16" tileheight="16" tilecount="167" columns="16">
 <image source="conference.png" width="256" height="176"/>
 <tile id="0">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="carpet_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="carpet_aisle"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="marble"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="marble_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="stage_floor"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="stage_floor_lit"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="concrete"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="concrete_tape"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="sconce"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="stage_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="stage_stairs"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="seat"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="seat_front"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="panel_chair"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="mic_stand"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="10" width="7" height="5"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="truss_light"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="truss"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="stanchion"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="11"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="cable_coil"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="wall_banner_violet_r0c0"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="wall_banner_violet_r1c0"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="wall_banner_teal_r0c0"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="wall_banner_teal_r1c0"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="big_screen_r0c0"/>
  </properties>
  <animation>
   <frame tileid="26" duration="2500"/>
   <frame tileid="126" duration="2500"/>
   <frame tileid="144" duration="2500"/>
  </animation>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="big_screen_r0c1"/>
  </properties>
  <animation>
   <frame tileid="27" duration="2500"/>
   <frame tileid="127" duration="2500"/>
   <frame tileid="145" duration="2500"/>
  </animation>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="big_screen_r0c2"/>
  </properties>
  <animation>
   <frame tileid="28" duration="2500"/>
   <frame tileid="128" duration="2500"/>
   <frame tileid="146" duration="2500"/>
  </animation>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="big_screen_r0c3"/>
  </properties>
  <animation>
   <frame tileid="29" duration="2500"/>
   <frame tileid="129" duration="2500"/>
   <frame tileid="147" duration="2500"/>
  </animation>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="big_screen_r0c4"/>
  </properties>
  <animation>
   <frame tileid="30" duration="2500"/>
   <frame tileid="130" duration="2500"/>
   <frame tileid="148" duration="2500"/>
  </animation>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="big_screen_r0c5"/>
  </properties>
  <animation>
   <frame tileid="31" duration="2500"/>
   <frame tileid="131" duration="2500"/>
   <frame tileid="149" duration="2500"/>
  </animation>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="big_screen_r1c0"/>
  </properties>
  <animation>
   <frame tileid="32" duration="2500"/>
   <frame tileid="132" duration="2500"/>
   <frame tileid="150" duration="2500"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="big_screen_r1c1"/>
  </properties>
  <animation>
   <frame tileid="33" duration="2500"/>
   <frame tileid="133" duration="2500"/>
   <frame tileid="151" duration="2500"/>
  </animation>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="big_screen_r1c2"/>
  </properties>
  <animation>
   <frame tileid="34" duration="2500"/>
   <frame tileid="134" duration="2500"/>
   <frame tileid="152" duration="2500"/>
  </animation>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="big_screen_r1c3"/>
  </properties>
  <animation>
   <frame tileid="35" duration="2500"/>
   <frame tileid="135" duration="2500"/>
   <frame tileid="153" duration="2500"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="big_screen_r1c4"/>
  </properties>
  <animation>
   <frame tileid="36" duration="2500"/>
   <frame tileid="136" duration="2500"/>
   <frame tileid="154" duration="2500"/>
  </animation>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="big_screen_r1c5"/>
  </properties>
  <animation>
   <frame tileid="37" duration="2500"/>
   <frame tileid="137" duration="2500"/>
   <frame tileid="155" duration="2500"/>
  </animation>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="big_screen_r2c0"/>
  </properties>
  <animation>
   <frame tileid="38" duration="2500"/>
   <frame tileid="138" duration="2500"/>
   <frame tileid="156" duration="2500"/>
  </animation>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="big_screen_r2c1"/>
  </properties>
  <animation>
   <frame tileid="39" duration="2500"/>
   <frame tileid="139" duration="2500"/>
   <frame tileid="157" duration="2500"/>
  </animation>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="big_screen_r2c2"/>
  </properties>
  <animation>
   <frame tileid="40" duration="2500"/>
   <frame tileid="140" duration="2500"/>
   <frame tileid="158" duration="2500"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="big_screen_r2c3"/>
  </properties>
  <animation>
   <frame tileid="41" duration="2500"/>
   <frame tileid="141" duration="2500"/>
   <frame tileid="159" duration="2500"/>
  </animation>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="big_screen_r2c4"/>
  </properties>
  <animation>
   <frame tileid="42" duration="2500"/>
   <frame tileid="142" duration="2500"/>
   <frame tileid="160" duration="2500"/>
  </animation>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="big_screen_r2c5"/>
  </properties>
  <animation>
   <frame tileid="43" duration="2500"/>
   <frame tileid="143" duration="2500"/>
   <frame tileid="161" duration="2500"/>
  </animation>
 </tile>
 <tile id="44">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="panel_table_r0c0"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="panel_table_r0c1"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="panel_table_r0c2"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="panel_table_r0c3"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="panel_table_r0c4"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="panel_table_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="panel_table_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="panel_table_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="panel_table_r1c3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="panel_table_r1c4"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="podium_r0c0"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="podium_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_synthedent_r0c0"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_synthedent_r0c1"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_synthedent_r0c2"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="booth_synthedent_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="booth_synthedent_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="booth_synthedent_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="booth_synthedent_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="booth_synthedent_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="booth_synthedent_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_teal_r0c0"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_teal_r0c1"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_teal_r0c2"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="booth_teal_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="booth_teal_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="booth_teal_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="booth_teal_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="booth_teal_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="booth_teal_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_orange_r0c0"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_orange_r0c1"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_orange_r0c2"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="booth_orange_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="booth_orange_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="booth_orange_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="booth_orange_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="booth_orange_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="booth_orange_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="83">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_blue_r0c0"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_blue_r0c1"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="booth_blue_r0c2"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="booth_blue_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="booth_blue_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="booth_blue_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="booth_blue_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="booth_blue_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="booth_blue_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="92">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="press_backdrop_r0c0"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="press_backdrop_r0c1"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="press_backdrop_r0c2"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="press_backdrop_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="press_backdrop_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="press_backdrop_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="98">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="camera_tripod_r0c0"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="camera_tripod_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="11" height="11"/>
  </objectgroup>
 </tile>
 <tile id="100">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="softbox_r0c0"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="softbox_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="6" width="9" height="9"/>
  </objectgroup>
 </tile>
 <tile id="102">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="speaker_r0c0"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="speaker_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="14"/>
  </objectgroup>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="curtain_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="curtain_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="registration_desk_r0c0"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="registration_desk_r0c1"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="registration_desk_r0c2"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="registration_desk_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="registration_desk_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="registration_desk_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="112">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="poster_stand_r0c0"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="poster_stand_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="114">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="poster_stand_b_r0c0"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="poster_stand_b_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="4" width="12" height="11"/>
  </objectgroup>
 </tile>
 <tile id="116">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="road_case_r0c0"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="road_case_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="15"/>
  </objectgroup>
 </tile>
 <tile id="118">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="vanity_r0c0"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="vanity_r0c1"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="vanity_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="vanity_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="122">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="clothes_rack_r0c0"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="clothes_rack_r0c1"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="clothes_rack_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="clothes_rack_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="big_screen_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="big_screen_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="big_screen_f1_r0c2"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="big_screen_f1_r0c3"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="big_screen_f1_r0c4"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="big_screen_f1_r0c5"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="big_screen_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="big_screen_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="big_screen_f1_r1c2"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="big_screen_f1_r1c3"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="big_screen_f1_r1c4"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="big_screen_f1_r1c5"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="big_screen_f1_r2c0"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="big_screen_f1_r2c1"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="big_screen_f1_r2c2"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="big_screen_f1_r2c3"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="big_screen_f1_r2c4"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="big_screen_f1_r2c5"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="big_screen_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="big_screen_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="big_screen_f2_r0c2"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="big_screen_f2_r0c3"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="big_screen_f2_r0c4"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="big_screen_f2_r0c5"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="big_screen_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="big_screen_f2_r1c1"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="big_screen_f2_r1c2"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="big_screen_f2_r1c3"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="big_screen_f2_r1c4"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="big_screen_f2_r1c5"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="big_screen_f2_r2c0"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="big_screen_f2_r2c1"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="big_screen_f2_r2c2"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="big_screen_f2_r2c3"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="big_screen_f2_r2c4"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="big_screen_f2_r2c5"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="lift_door_r0c0"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="lift_door_r0c1"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="lift_door_r1c0"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="lift_door_r1c1"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="lift_floor"/>
  </properties>
 </tile>
</tileset>
