<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="rebirth" tilewidth="16" tileheight="16" tilecount="62" columns="16">
 <image source="rebirth.png" width="256" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_birch"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_birch_knot"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_birch_sun"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_birch_long"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="wood_stool"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="5" width="9" height="9"/>
  </objectgroup>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="cushion_pink"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="11" height="7"/>
  </objectgroup>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="cushion_gold"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="11" height="7"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="toy_box"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="7" width="14" height="8"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="divider"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="window_day_r0c0"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="window_day_r0c1"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="screening_panel_r0c0"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="screening_panel_r0c1"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="drawings_r0c0"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="drawings_r0c1"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="coat_hooks_r0c0"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="coat_hooks_r0c1"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="treatment_pod_r0c0"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="treatment_pod_r0c1"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="treatment_pod_r0c2"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="treatment_pod_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="treatment_pod_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="treatment_pod_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="treatment_pod_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="treatment_pod_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="treatment_pod_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="screening_desk_r0c0"/>
  </properties>
  <animation>
   <frame tileid="28" duration="400"/>
   <frame tileid="54" duration="400"/>
   <frame tileid="58" duration="400"/>
  </animation>
 </tile>
 <tile id="29">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="screening_desk_r0c1"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="screening_desk_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="screening_desk_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c0"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c1"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c2"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="reception_desk_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="reception_desk_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="reception_desk_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="kids_table_r0c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="5" width="14" height="9"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="kids_table_r0c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="5" width="14" height="9"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="play_rug_r0c0"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="play_rug_r0c1"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="play_rug_r0c2"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="play_rug_r1c0"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="play_rug_r1c1"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="play_rug_r1c2"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="plant_reception_r0c0"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="plant_reception_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="11"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c0"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c1"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c2"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="sofa_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="sofa_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="sofa_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="screening_desk_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="screening_desk_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="screening_desk_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="screening_desk_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="screening_desk_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="screening_desk_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="screening_desk_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="screening_desk_f2_r1c1"/>
  </properties>
 </tile>
</tileset>
